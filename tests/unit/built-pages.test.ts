import { describe, expect, it } from 'vitest';
import { applyEdits, attrRange, BuiltPage, elements, parseHtml, walk } from '../../src/features/pages/page.mjs';

describe('edits located by the tree', () => {
  it('applies edits in the order of the text, whatever order they come in', () => {
    expect(
      applyEdits('abcdef', [
        { start: 4, end: 5, text: 'E' },
        { start: 0, end: 1, text: 'A' },
      ]),
    ).toBe('AbcdEf');
  });

  it('drops an edit inside a removed part (an attribute of a removed element), and keeps insertions in order', () => {
    expect(
      applyEdits('<p><a href="x">y</a></p>', [
        { start: 6, end: 14, text: 'href="z"' },
        { start: 3, end: 20, text: '' },
        { start: 20, end: 20, text: '1' },
        { start: 20, end: 20, text: '2' },
      ]),
    ).toBe('<p>12</p>');
  });

  it('refuses edits that overlap without one holding the other', () => {
    expect(() =>
      applyEdits('abcdef', [
        { start: 0, end: 3, text: '' },
        { start: 2, end: 5, text: '' },
      ]),
    ).toThrow(/overlap/);
  });
});

describe('a built page', () => {
  const html = '<!DOCTYPE html><html lang="en"><head><title>T</title></head><body><p hidden data-x>a</p></body></html>';

  it('changes only what an edit names, keeps the rest byte for byte, and reads its new tree', () => {
    const page = new BuiltPage('index.html', html);
    const [p] = elements(page.document, (el) => el.tagName === 'p');
    const at = p && attrRange(p, 'hidden');
    if (!at) throw new Error('no location');
    expect(page.edit([{ start: at.start - 1, end: at.end, text: '' }])).toBe(true);
    expect(page.html).toBe(html.replace(' hidden', ''));
    expect(page.changed).toBe(true);
    expect(elements(page.document, (el) => el.tagName === 'p')[0]?.attrs.map((a) => a.name)).toEqual(['data-x']);
  });

  it('is not changed by edits that change nothing', () => {
    const page = new BuiltPage('index.html', html);
    expect(page.edit([])).toBe(false);
    expect(page.edit([{ start: 0, end: 0, text: '' }])).toBe(false);
    expect(page.changed).toBe(false);
  });

  it('copies to a new page that is to be written', () => {
    const copy = new BuiltPage('de/404/index.html', html).copyTo('de/404.html');
    expect(copy).toMatchObject({ file: 'de/404.html', html, changed: true });
  });

  it('walks the content of templates, in the order of the text', () => {
    const names: string[] = [];
    walk(parseHtml('<div><template><a href="/t">t</a></template><b></b></div>'), (el) => {
      names.push(el.tagName);
    });
    expect(names).toEqual(['html', 'head', 'body', 'div', 'template', 'a', 'b']);
  });
});
