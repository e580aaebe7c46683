// HTTP headers for a static host, in the `_headers` format Netlify and Cloudflare Pages read:
// made from the built pages by the build, read back by tooling/serve.mjs.
import { attr, findElement } from '../pages/page.mjs';

/** Sent with every file. The Permissions-Policy turns off every powerful feature the site never uses. */
export const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), ' +
    'microphone=(), midi=(), payment=(), usb=(), browsing-topics=()',
};

/** Hashed build assets never change under their name; everything else is asked for again each time. */
export const CACHE = { immutable: 'public, max-age=31536000, immutable', revalidate: 'no-cache' };

/** Files without a hash in their name that must be fresh after a deployment, relative to the base. */
export const REVALIDATED = ['sw.js', 'manifest.webmanifest', 'pagefind/*'];

/** Cloudflare Pages reads at most this many rules and this many characters per line. */
export const LIMITS = { rules: 100, lineLength: 2000 };

/**
 * @typedef {{ path: string, headers: [string, string][] }} Rule
 * @typedef {{ path: string, policy: string }} Page  path: the page's URL path; policy: its meta CSP
 */

/**
 * Whether a page (its path below the base, e.g. "tools/kano/embed/") is an embed view, made to be
 * framed by other sites.
 * @param {string} sitePath
 */
export function isEmbedView(sitePath) {
  return /^tools\/[^/]+\/embed\/$/.test(sitePath);
}

/**
 * The header policy of a page: its meta policy, plus who may frame it, which a meta tag cannot say.
 * Embed views may be framed by anyone, so they name no ancestors; every other page by no one.
 * @param {string} policy the content of the page's CSP meta tag
 * @param {boolean} framable
 */
export function headerPolicy(policy, framable) {
  const directives = policy
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d && !/^frame-ancestors\b/i.test(d));
  if (!framable) directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

/**
 * The rules for a built site. Hosts join the values of a header named by two matching rules, so each
 * header is set by rules that never overlap: the common ones for every path, Cache-Control once per
 * kind of file, the policy once per page.
 * @param {{ base: string, pages: Page[] }} site base ends with "/"; each page path starts with it
 * @returns {Rule[]}
 */
export function headerRules({ base, pages }) {
  /** @type {Rule[]} */
  const rules = [{ path: `${base}*`, headers: Object.entries(COMMON_HEADERS) }];
  rules.push({ path: `${base}_astro/*`, headers: [['Cache-Control', CACHE.immutable]] });
  for (const file of REVALIDATED)
    rules.push({ path: `${base}${file}`, headers: [['Cache-Control', CACHE.revalidate]] });
  const sorted = [...pages].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const page of sorted) {
    const framable = isEmbedView(page.path.slice(base.length));
    rules.push({
      path: page.path,
      headers: [
        ['Content-Security-Policy', headerPolicy(page.policy, framable)],
        ['Cache-Control', CACHE.revalidate],
      ],
    });
  }
  return rules;
}

/**
 * Writes rules in the `_headers` format: a path, then its headers indented, one per line.
 * @param {Rule[]} rules
 * @param {string} [comment] a first line saying where the file comes from
 */
export function formatHeaders(rules, comment) {
  const blocks = rules.map((r) => [r.path, ...r.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return `${comment ? `# ${comment}\n` : ''}${blocks.join('\n')}\n`;
}

/**
 * Reads a `_headers` file back into rules. Comments and blank lines are skipped.
 * @param {string} text
 * @returns {Rule[]}
 */
export function parseHeaders(text) {
  /** @type {Rule[]} */
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const current = rules.at(-1);
    if (/^\s/.test(line) && current) {
      const colon = line.indexOf(':');
      if (colon > 0) current.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    } else {
      rules.push({ path: line.trim(), headers: [] });
    }
  }
  return rules;
}

/**
 * Whether a rule's path matches a request path; `*` stands for any run of characters.
 * @param {string} pattern
 * @param {string} pathname
 */
export function pathMatches(pattern, pathname) {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`).test(pathname);
}

/**
 * The headers a host sends for a path: every matching rule's, in file order, with the values of a
 * header set twice joined by ", " (as Netlify and Cloudflare Pages do).
 * @param {Rule[]} rules
 * @param {string} pathname
 * @returns {Record<string, string>} keyed by lower-case header name
 */
export function headersFor(rules, pathname) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const rule of rules) {
    if (!pathMatches(rule.path, pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}

/**
 * The content of a page's CSP meta tag, or null.
 * @param {import('../pages/page.mjs').Document} document the page's tree
 */
export function metaPolicy(document) {
  const meta = findElement(
    document,
    (el) => el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  return (meta && attr(meta, 'content')) ?? null;
}

/**
 * The URL path a built HTML file is served at: "chapters/x/index.html" → "/base/chapters/x/".
 * @param {string} base
 * @param {string} file relative to the build folder, with "/" separators
 */
export function pagePath(base, file) {
  return `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}
