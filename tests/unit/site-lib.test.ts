import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, neighbours, readingOrder } from '../../src/lib/chapters';
import { parseSourceDate } from '../../src/lib/citation';
import { isRootRelative, joinBase } from '../../src/lib/paths';
import { decodeEntities, excerptParts } from '../../src/lib/search-excerpt';

describe('joinBase', () => {
  it.each([
    ['/', '/chapters/x/', '/chapters/x/'],
    ['/handbook/', '/chapters/x/', '/handbook/chapters/x/'],
    ['/handbook', '/glossary/#term', '/handbook/glossary/#term'],
    ['/handbook/', '/', '/handbook/'],
    ['/handbook/', 'relative/', 'relative/'],
  ])('joins %s and %s', (base, path, out) => {
    expect(joinBase(base, path)).toBe(out);
  });

  it('always keeps the base as a prefix and never doubles a slash', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,8}$/);
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 3 }), fc.array(segment, { maxLength: 4 }), (b, p) => {
        const base = `/${b.map((s) => `${s}/`).join('')}`;
        const out = joinBase(base, `/${p.join('/')}`);
        return out.startsWith(base) && !out.includes('//');
      }),
    );
  });
});

describe('isRootRelative', () => {
  it.each([
    ['/a/', true],
    ['//evil.example/', false],
    ['https://x.example/', false],
    ['#top', false],
    ['a/', false],
  ])('%s → %s', (url, out) => {
    expect(isRootRelative(url)).toBe(out);
  });
});

describe('reading order', () => {
  const chapters = [
    { id: 'c', title: 'C', order: 3 },
    { id: 'a', title: 'A', order: 1 },
    { id: 'b2', title: 'B2', order: 2 },
    { id: 'b1', title: 'B1', order: 2 },
  ];
  it('sorts by order, then id', () => {
    expect(readingOrder(chapters).map((c) => c.id)).toEqual(['a', 'b1', 'b2', 'c']);
  });
  it('finds neighbours, none at the ends or for an unknown id', () => {
    const ordered = readingOrder(chapters);
    expect(neighbours(ordered, 'b1')).toEqual({ prev: ordered[0], next: ordered[2] });
    expect(neighbours(ordered, 'a').prev).toBeUndefined();
    expect(neighbours(ordered, 'c').next).toBeUndefined();
    expect(neighbours(ordered, 'zz')).toEqual({});
  });
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ['one', 1],
    ["the customer's gap, in 2012 — twice", 6],
    ['  spaced\n\nout\twords ', 3],
  ])('%j has %d words', (text, n) => {
    expect(countWords(text)).toBe(n);
  });
});

describe('parseSourceDate', () => {
  it.each([
    ['2012', { year: 2012 }],
    ['2016-07', { year: 2016, month: 7 }],
    ['2012-09-13', { year: 2012, month: 9, day: 13 }],
    ['2012-13', { year: 2012 }],
    ['2012-09-00', { year: 2012, month: 9 }],
    ['', undefined],
    ['n.d.', undefined],
  ])('%j → %j', (iso, out) => {
    expect(parseSourceDate(iso)).toEqual(out);
  });
});

describe('excerptParts', () => {
  it('splits marked runs from plain text and decodes entities', () => {
    expect(excerptParts('a <mark>gap</mark> &amp; more')).toEqual([
      { text: 'a ', mark: false },
      { text: 'gap', mark: true },
      { text: ' & more', mark: false },
    ]);
  });
  it('drops any other tag instead of passing it on', () => {
    const parts = excerptParts('x<img src=x onerror=alert(1)>y<mark><b>z</b></mark>');
    expect(parts.map((p) => p.text).join('')).toBe('xyz');
  });
  it('never returns text containing a tag, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (s) =>
        excerptParts(s).every((p) => !/<[a-z/][^>]*>/i.test(p.text) || s.includes('&lt;')),
      ),
    );
  });
  it('decodes only the entities Pagefind writes', () => {
    expect(decodeEntities('&lt;b&gt; &#39;x&#39; &copy;')).toBe("<b> 'x' &copy;");
  });
});
