// Rewrites the web build's URLs for the offline edition: every internal URL becomes a path relative
// to the file that holds it, and a folder URL ("/glossary/") names its file ("glossary/index.html"),
// because on file:// there is no server to find a folder's index.
import { posix } from 'node:path';
import { applyEdits, attrEdit, parseHtml, walk } from '../pages/page.mjs';

/** Attributes that hold a URL the browser loads or follows, or that an island names a module by. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'poster',
  'component-url',
  'renderer-url',
  'before-hydration-url',
]);

/**
 * The site path ("chapters/x/", "_astro/a.css", "" for the home page) and the query and hash of an
 * internal URL found in the file at `fromPath`, or null for a URL that leaves the site or stays on
 * the page ("#top", "https://…", "mailto:…", "data:…").
 * @param {string} url
 * @param {string} fromPath the file's path inside the site, "chapters/x/index.html"
 * @param {string} base the web build's base path, "/" or "/handbook/"
 * @returns {{ path: string, suffix: string } | null}
 */
export function sitePathOf(url, fromPath, base) {
  if (url === '' || url.startsWith('#') || url.startsWith('//') || /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(url)) return null;
  const cut = url.search(/[?#]/);
  const path = cut < 0 ? url : url.slice(0, cut);
  const suffix = cut < 0 ? '' : url.slice(cut);
  if (path === '') return null;
  let inside;
  if (path.startsWith('/')) {
    if (path === base.slice(0, -1)) inside = '';
    else if (path.startsWith(base)) inside = path.slice(base.length);
    else return null;
  } else {
    inside = posix.normalize(posix.join(posix.dirname(fromPath), path));
    if (inside === '.') inside = '';
    if (inside.startsWith('../')) return null;
    if (path.endsWith('/') && inside !== '' && !inside.endsWith('/')) inside += '/';
  }
  return { path: decodeURI(inside), suffix };
}

/**
 * The file a site path names: a folder ("", "glossary/", or "glossary" when that is a folder) names
 * its index.html.
 * @param {string} path
 * @param {(path: string) => boolean} isFile whether the edition has a file at that path
 */
export function fileOf(path, isFile) {
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  if (!isFile(path) && isFile(`${path}/index.html`)) return `${path}/index.html`;
  return path;
}

/**
 * A relative URL from the file at `fromPath` to the file at `toFile`, both site paths.
 * @param {string} fromPath
 * @param {string} toFile
 */
export function relativeUrl(fromPath, toFile) {
  const rel = posix.relative(posix.dirname(fromPath), toFile);
  return encodeURI(rel === '' ? posix.basename(toFile) : rel);
}

/**
 * The offline edition's form of one URL found in the file at `fromPath`; URLs that leave the site,
 * or stay on the page, come back unchanged.
 * @param {string} url
 * @param {string} fromPath
 * @param {string} base
 * @param {(path: string) => boolean} isFile
 */
export function editionUrl(url, fromPath, base, isFile) {
  const site = sitePathOf(url, fromPath, base);
  if (!site) return url;
  const file = fileOf(site.path, isFile);
  return relativeUrl(fromPath, file) + site.suffix;
}

/**
 * The edits that rewrite an element's URL attributes (and each URL of a srcset) for the edition. An
 * attribute written without a value (`<a href>`) is left as it is.
 * @param {import('../pages/page.mjs').Element} el
 * @param {string} html the text the element was parsed from
 * @param {string} pagePath the page's file path inside the site, "chapters/x/index.html"
 * @param {string} base
 * @param {(path: string) => boolean} isFile
 * @returns {import('../pages/page.mjs').Edit[]}
 */
export function urlEdits(el, html, pagePath, base, isFile) {
  /** @type {import('../pages/page.mjs').Edit[]} */
  const edits = [];
  for (const { name, value, prefix } of el.attrs) {
    // xlink:href and the like: named with a prefix, and no URL this edition rewrites.
    if (prefix) continue;
    let next;
    if (URL_ATTRIBUTES.has(name)) next = editionUrl(value, pagePath, base, isFile);
    else if (name === 'srcset') {
      next = value
        .split(',')
        .map((part) => {
          const [u, ...rest] = part.trim().split(/\s+/);
          return [editionUrl(u ?? '', pagePath, base, isFile), ...rest].join(' ');
        })
        .join(', ');
    } else continue;
    const edit = attrEdit(el, html, name, next);
    if (edit) edits.push(edit);
  }
  return edits;
}

/**
 * Rewrites the URL attributes of every element of a page (and each URL of a srcset). Script and style
 * contents are code, not markup, and stay as they are.
 * @param {string} html
 * @param {string} pagePath the page's file path inside the site, "chapters/x/index.html"
 * @param {string} base
 * @param {(path: string) => boolean} isFile
 */
export function rewriteHtmlUrls(html, pagePath, base, isFile) {
  /** @type {import('../pages/page.mjs').Edit[]} */
  const edits = [];
  walk(parseHtml(html), (el) => {
    edits.push(...urlEdits(el, html, pagePath, base, isFile));
  });
  return applyEdits(html, edits);
}

/**
 * Rewrites url(…) and @import URLs in a stylesheet at `cssPath`.
 * @param {string} css
 * @param {string} cssPath
 * @param {string} base
 * @param {(path: string) => boolean} isFile
 */
export function rewriteCssUrls(css, cssPath, base, isFile) {
  return css
    .replace(
      /url\(\s*(['"]?)([^'")]+)\1\s*\)/g,
      (_, q, url) => `url(${q}${editionUrl(url, cssPath, base, isFile)}${q})`,
    )
    .replace(/@import\s+(['"])([^'"]+)\1/g, (_, q, url) => `@import ${q}${editionUrl(url, cssPath, base, isFile)}${q}`);
}
