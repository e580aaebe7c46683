import { describe, expect, it } from 'vitest';
import { editionHref } from '../../src/features/offline/client/pwa-offline-runtime';
import { hashSource, inlineBlocks, offlinePolicy } from '../../src/features/offline/csp.mjs';
import { editionUrl, rewriteCssUrls, rewriteHtmlUrls, sitePathOf } from '../../src/features/offline/links.mjs';
import { parseHtml } from '../../src/features/pages/page.mjs';

const files = new Set([
  'index.html',
  'glossary/index.html',
  'chapters/x/index.html',
  '_astro/a.css',
  'tools/index.html',
]);
const isFile = (p: string) => files.has(p);

describe('offline edition URLs', () => {
  it.each([
    ['/', 'chapters/x/index.html', '/', '../../index.html'],
    ['/glossary/', 'chapters/x/index.html', '/', '../../glossary/index.html'],
    ['/glossary/#churn', 'index.html', '/', 'glossary/index.html#churn'],
    ['/chapters/x/#top', 'chapters/x/index.html', '/', 'index.html#top'],
    ['/tools/?a=1&b=2', 'index.html', '/', 'tools/index.html?a=1&b=2'],
    ['/glossary', 'index.html', '/', 'glossary/index.html'],
    ['/_astro/a.css', 'glossary/index.html', '/', '../_astro/a.css'],
    ['/handbook/glossary/', 'chapters/x/index.html', '/handbook/', '../../glossary/index.html'],
    ['/handbook', 'glossary/index.html', '/handbook/', '../index.html'],
    ['../../glossary/', 'chapters/x/index.html', '/', '../../glossary/index.html'],
    ['#main', 'index.html', '/', '#main'],
    ['https://example.org/a/', 'index.html', '/', 'https://example.org/a/'],
    ['mailto:a@b.c', 'index.html', '/', 'mailto:a@b.c'],
    ['data:image/png;base64,AA', 'index.html', '/', 'data:image/png;base64,AA'],
    ['//cdn.example/x.js', 'index.html', '/', '//cdn.example/x.js'],
    ['/elsewhere/', 'index.html', '/handbook/', '/elsewhere/'],
  ])('%s in %s (base %s) becomes %s', (url, from, base, expected) => {
    expect(editionUrl(url, from, base, isFile)).toBe(expected);
  });

  it('leaves a URL outside the base alone', () => {
    expect(sitePathOf('/other/', 'index.html', '/handbook/')).toBeNull();
  });

  it('rewrites URL attributes in tags, not in scripts or styles, and keeps other attributes', () => {
    const html =
      '<a class="x" href="/glossary/" data-v="a > b">G</a><img src=/_astro/a.css alt=""><script>var s="<a href=\\"/\\">";</script>' +
      '<astro-island component-url="/_astro/C.js" props="{&quot;a&quot;:[0,&quot;/x/&quot;]}"></astro-island>';
    const out = rewriteHtmlUrls(html, 'chapters/x/index.html', '/', isFile);
    expect(out).toContain('<a class="x" href="../../glossary/index.html" data-v="a > b">');
    expect(out).toContain('<img src="../../_astro/a.css" alt="">');
    expect(out).toContain('<script>var s="<a href=\\"/\\">";</script>');
    expect(out).toContain('component-url="../../_astro/C.js"');
    expect(out).toContain('props="{&quot;a&quot;:[0,&quot;/x/&quot;]}"');
  });

  it('rewrites url() and @import in stylesheets relative to the stylesheet', () => {
    const css = '@import "/_astro/a.css";.a{background:url(/icons/i.png)}.b{background:url("data:image/png;base64,A")}';
    expect(rewriteCssUrls(css, '_astro/b.css', '/', isFile)).toBe(
      '@import "a.css";.a{background:url(../icons/i.png)}.b{background:url("data:image/png;base64,A")}',
    );
  });
});

describe('links written at run time', () => {
  const root = 'file:///home/me/cx-spectrum-offline/';
  it.each([
    ['file:///tools/kano/embed/?g=1', '/', `${root}tools/kano/embed/index.html?g=1`],
    ['file:///handbook/glossary/#x', '/handbook/', `${root}glossary/index.html#x`],
    [`${root}chapters/x/`, '/', `${root}chapters/x/index.html`],
    [`${root}chapters/x/index.html`, '/', null],
    ['https://example.org/', '/', null],
    ['blob:file:///abc', '/', null],
    ['file:///etc/hosts', '/handbook/', null],
  ])('%s (base %s) goes to %s', (href, base, expected) => {
    expect(editionHref(href, root, base)).toBe(expected);
  });
});

describe('offline CSP', () => {
  const policy =
    "default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' 'sha256-old='; style-src 'self' 'sha256-s='";
  it('allows the edition’s files and the hash of each inline block the page keeps, and nothing inline else', () => {
    const html = '<script>one()</script><script src="x.js"></script><style>a{}</style>';
    const out = offlinePolicy(policy, inlineBlocks(parseHtml(html)));
    expect(out).toContain(`script-src 'self' file: ${hashSource('one()')}`);
    expect(out).not.toContain('sha256-old=');
    expect(out).not.toContain('wasm-unsafe-eval');
    expect(out).not.toContain('unsafe-inline');
    expect(out).toContain(`style-src 'self' file: ${hashSource('a{}')}`);
    expect(out).toContain("img-src 'self' data: file:");
  });
});
