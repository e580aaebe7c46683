import { describe, expect, test } from 'vitest';
import { bookTarget, isBookPage, prepareBookPage } from '../../src/features/book/book-page.mjs';
import { bookUuid } from '../../src/features/book/epub.mjs';
import { toXhtml } from '../../src/features/book/xhtml.mjs';
import { BuiltPage, parseHtml } from '../../src/features/pages/page.mjs';

describe('book page step', () => {
  test.each([
    ['book/index.html', true],
    ['de/book/index.html', true],
    ['chapters/book/index.html', false],
    ['book.html', false],
  ])('isBookPage(%s) is %s', (file, expected) => {
    expect(isBookPage(file)).toBe(expected);
  });

  test.each([
    // href, base, language folder, where it points in the book
    ['/chapters/spectrum/', '/', undefined, '#chapter-spectrum'],
    ['/chapters/spectrum/#top', '/', undefined, '#chapter-spectrum'],
    ['/chapters/spectrum/#two-axes', '/', undefined, '#spectrum--two-axes'],
    ['/handbook/chapters/anxiety-gap/', '/handbook/', undefined, '#chapter-anxiety-gap'],
    ['/glossary/#anxiety-gap', '/', undefined, '#glossary-anxiety-gap'],
    ['/sources/', '/', undefined, '#sources'],
    ['/de/chapters/spectrum/', '/', 'de', '#chapter-spectrum'],
    ['/de/sources/#mcdonald', '/', 'de', '#sources-mcdonald'],
    // Another language's page, a tool, another site: stay links.
    ['/chapters/spectrum/', '/', 'de', undefined],
    ['/de/chapters/spectrum/', '/', undefined, undefined],
    ['/tools/kano/', '/', undefined, undefined],
    ['https://example.org/chapters/x/', '/', undefined, undefined],
  ])('bookTarget(%s, %s, %s) is %s', (href, base, prefix, expected) => {
    expect(bookTarget(href, base, prefix)).toBe(expected);
  });

  test('ids in a chapter are prefixed with its id, and the links and labels that name them', () => {
    const html = `<!doctype html><html lang="en"><body><div data-book>
<section id="chapter-a" data-book-chapter="a" aria-labelledby="chapter-a-title"><h1 id="chapter-a-title">A</h1>
<h2 id="x">X</h2><p aria-labelledby="x">see <a href="#x">x</a>, <a href="/chapters/b/#y">b</a></p></section>
<section id="chapter-b" data-book-chapter="b"><h2 id="y">Y</h2><a href="/glossary/#t">t</a></section>
</div></body></html>`;
    const page = new BuiltPage('book/index.html', html);
    prepareBookPage(page, {
      base: '/',
      site: undefined,
      prefix: undefined,
      seePage: 'see page',
      toolAt: (t) => t,
      toolStatic: '',
    });
    expect(page.html).toContain('<h1 id="chapter-a-title">');
    expect(page.html).toContain('<h2 id="a--x">');
    expect(page.html).toContain('<p aria-labelledby="a--x">');
    expect(page.html).toContain('<a href="#a--x">x</a>');
    expect(page.html).toContain('<a class="cx-book-ref" data-see="see page" href="#b--y">b</a>');
    expect(page.html).toContain('<h2 id="b--y">');
    expect(page.html).toContain('<a class="cx-book-ref" data-see="see page" href="#glossary-t">t</a>');
  });
});

describe('EPUB writing', () => {
  test.each([
    ['<p>a &amp; b<br>c</p>', '<p>a &amp; b<br/>c</p>'],
    ['<p hidden title="1 &quot;2&quot; &lt;3">x</p>', '<p hidden="" title="1 &quot;2&quot; &lt;3">x</p>'],
    [
      '<svg viewBox="0 0 1 1"><path d="M0 0"></path></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><path d="M0 0"/></svg>',
    ],
    [
      '<svg xmlns="http://www.w3.org/2000/svg"><g><title>t</title></g></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><g><title>t</title></g></svg>',
    ],
    ['<p>a<script>x()</script><template><b>t</b></template></p>', '<p>a</p>'],
    ['<img src="a.png" alt="">', '<img src="a.png" alt=""/>'],
  ])('toXhtml(%s)', (html, expected) => {
    const body = parseHtml(`<!doctype html><html><body>${html}</body></html>`).childNodes[1];
    if (!body || !('childNodes' in body)) throw new Error('no html');
    const el = body.childNodes.find((n) => n.nodeName === 'body');
    if (!el || !('childNodes' in el)) throw new Error('no body');
    expect(el.childNodes.map((n) => toXhtml(n)).join('')).toBe(expected);
  });

  test('bookUuid is a version 5 UUID, stable per language and different between languages', () => {
    const en = bookUuid('en');
    expect(en).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(bookUuid('en')).toBe(en);
    expect(bookUuid('de')).not.toBe(en);
  });
});
