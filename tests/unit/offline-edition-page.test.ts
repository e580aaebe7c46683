import { describe, expect, it } from 'vitest';
import { offlinePolicy } from '../../src/features/offline/csp.mjs';
import { editionHtml, fillDownloadSize, readEditionPage } from '../../src/features/offline/edition-page.mjs';
import { BuiltPage } from '../../src/features/pages/page.mjs';

const files = new Set(['index.html', 'glossary/index.html', 'chapters/x/index.html', '_astro/a.css', '_astro/C.js']);
const isFile = (p: string) => files.has(p);
const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-old='; style-src 'self'";
const STYLE = 'astro-island{display:contents}';
const TAG = '<script src="../../_offline/site.js" defer></script>';

const web =
  '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">' +
  `<meta http-equiv="content-security-policy" content="${POLICY}">` +
  '<link rel="manifest" href="/manifest.webmanifest"><link rel="stylesheet" href="/_astro/a.css">' +
  `<script type="module" src="/_astro/page.js"></script>\n<style>${STYLE}</style></head>` +
  '<body><script>theme()</script><p data-offline-web><a href="/downloads/x.zip">zip</a></p>' +
  '<p class="x" data-offline-edition hidden>Offline</p><a href="/glossary/#x">G</a>' +
  '<input type="checkbox" checked/><astro-island uid="1" component-url="/_astro/C.js" props="{}"></astro-island>' +
  '<script>customElements.define("astro-island",X)</script>\n<script type="module">import "/_astro/b.js";</script>\n' +
  '</body></html>';

describe('a page of the offline edition', () => {
  const page = readEditionPage(new BuiltPage('chapters/x/index.html', web), '/');

  it('reads the scripts its bundle runs, the modules of its islands, and its language', () => {
    expect(page.lang).toBe('de');
    expect(page.modules).toEqual(['_astro/C.js']);
    expect(page.scripts).toEqual([
      { key: '_astro/page.js', file: '_astro/page.js' },
      { key: expect.stringMatching(/^inline-[0-9a-f]{10}$/), code: 'import "/_astro/b.js";', dir: 'chapters/x' },
    ]);
  });

  it('is the web page with only the edition’s changes: every other character as the web build wrote it', () => {
    const policy = offlinePolicy(POLICY, { scripts: ['theme()'], styles: [STYLE] });
    expect(editionHtml(page, { base: '/', isFile, bundleTag: TAG })).toBe(
      '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">' +
        `<meta http-equiv="content-security-policy" content="${policy}">` +
        '<link rel="stylesheet" href="../../_astro/a.css">' +
        `${TAG}<style>${STYLE}</style></head>` +
        '<body><script>theme()</script>' +
        '<p class="x" data-offline-edition>Offline</p><a href="../../glossary/index.html#x">G</a>' +
        '<input type="checkbox" checked/><astro-island uid="1" component-url="../../_astro/C.js" props="{}"></astro-island>' +
        '</body></html>',
    );
  });

  it('puts the bundle at the end of the head when its first script left with web-only content', () => {
    const html =
      '<html><head><title>T</title></head><body><div data-offline-web><script type="module" src="/_astro/a.js"></script></div><p>x</p></body></html>';
    const read = readEditionPage(new BuiltPage('index.html', html), '/');
    expect(editionHtml(read, { base: '/', isFile, bundleTag: TAG })).toBe(
      `<html><head><title>T</title>${TAG}</head><body><p>x</p></body></html>`,
    );
  });
});

describe('Astro’s directive scripts', () => {
  const directive =
    '(()=>{(self.Astro||(self.Astro={})).interact=async(l)=>{await l()};window.dispatchEvent(new Event("astro:interact"))})();';
  const html =
    '<html><head></head><body>' +
    `<script>${directive}</script><astro-island uid="1" component-url="/_astro/C.js" props="{}"></astro-island>\n` +
    '<script>customElements.define("astro-island",X)</script>\n<p>x</p></body></html>';
  const read = readEditionPage(new BuiltPage('index.html', html), '/');

  it('are read by the name they define and leave the page; the bundle takes the island loader’s place', () => {
    expect([...read.directives.entries()]).toEqual([[expect.stringMatching(/^interact-[0-9a-f]{10}$/), directive]]);
    expect(editionHtml(read, { base: '/', isFile, bundleTag: TAG })).toBe(
      `<html><head></head><body><astro-island uid="1" component-url="_astro/C.js" props="{}"></astro-island>\n${TAG}<p>x</p></body></html>`,
    );
  });
});

describe('the size beside the download link', () => {
  it('is written into each marked element, in the page’s language, and nowhere else', () => {
    const en = new BuiltPage('index.html', '<html lang="en"><body><span data-offline-size>(zip)</span></body></html>');
    const de = new BuiltPage(
      'de/index.html',
      '<html lang="de"><body><a>Zip <span data-offline-size data-x>(zip)</span></a><b data-offline-size><i>x</i></b></body></html>',
    );
    const filled = fillDownloadSize([en, de], (lang) => (lang === 'de' ? '(zip, 1,2 MB)' : '(zip, 1.2 MB)'));
    expect(filled).toBe(2);
    expect(en.html).toBe('<html lang="en"><body><span data-offline-size>(zip, 1.2 MB)</span></body></html>');
    expect(de.html).toBe(
      '<html lang="de"><body><a>Zip <span data-offline-size data-x>(zip, 1,2 MB)</span></a><b data-offline-size><i>x</i></b></body></html>',
    );
  });
});
