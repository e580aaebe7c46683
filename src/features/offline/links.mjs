// Rewrites the web build's URLs for the offline edition: every internal URL becomes a path relative
// to the file that holds it, and a folder URL ("/glossary/") names its file ("glossary/index.html"),
// because on file:// there is no server to find a folder's index.
import { posix } from 'node:path';

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

/** One HTML start tag; attribute values may hold ">" when quoted. */
export const START_TAG =
  /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;
const ATTRIBUTE = /(\s+)([^\s"'>/=]+)(?:(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

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

/** Decodes the entities Astro writes in attribute values. */
function decodeAttr(value) {
  return value.replace(/&(amp|quot|#34|#39|lt|gt);/g, (_, e) =>
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === '#39' ? "'" : '"',
  );
}

/** Encodes an attribute value for double quotes. */
function encodeAttr(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/**
 * Rewrites the URL attributes of every start tag in a page (and each URL of a srcset).
 * @param {string} html
 * @param {string} pagePath the page's file path inside the site, "chapters/x/index.html"
 * @param {string} base
 * @param {(path: string) => boolean} isFile
 */
export function rewriteHtmlUrls(html, pagePath, base, isFile) {
  // Script and style contents are code, not markup: only their start tags are rewritten.
  return html.replace(RAW_TEXT, (element, open, _name, body, end) => {
    if (open === undefined) return rewriteTags(element, pagePath, base, isFile);
    return rewriteTags(open, pagePath, base, isFile) + body + end;
  });
}

const RAW_TEXT = new RegExp(`(<(script|style)\\b[^>]*>)([\\s\\S]*?)(<\\/\\2>)|${START_TAG.source}`, 'gi');

function rewriteTags(html, pagePath, base, isFile) {
  return html.replace(START_TAG, (_tag, name, attrs, close) => {
    const next = attrs.replace(ATTRIBUTE, (all, space, attr, eq, dq, sq, bare) => {
      const raw = dq ?? sq ?? bare;
      if (raw === undefined) return all;
      const key = attr.toLowerCase();
      let value = decodeAttr(raw);
      if (URL_ATTRIBUTES.has(key)) value = editionUrl(value, pagePath, base, isFile);
      else if (key === 'srcset') {
        value = value
          .split(',')
          .map((part) => {
            const [u, ...rest] = part.trim().split(/\s+/);
            return [editionUrl(u ?? '', pagePath, base, isFile), ...rest].join(' ');
          })
          .join(', ');
      } else return all;
      return `${space}${attr}${eq}"${encodeAttr(value)}"`;
    });
    return `<${name}${next}${close ? ' /' : ''}>`;
  });
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
