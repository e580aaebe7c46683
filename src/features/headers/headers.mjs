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
 * @typedef {{ base: string, policy: string, pages: string[], files?: string[], languages?: string[] }} Site
 *   base ends with "/"; policy: the one meta policy of every page; pages: the URL paths of the pages
 *   ("/handbook/chapters/x/"); files: the URL paths of every other file of the build; languages: the
 *   language codes, which a page's first segment may be.
 */

/** The embed views, below the base: `tools/<id>/embed/` and `<lang>/tools/<id>/embed/`. */
const EMBED_VIEW = /^(?:([^/]+)\/)?tools\/([^/]+)\/embed\/$/;

/**
 * Whether a page (its path below the base, e.g. "tools/kano/embed/" or "de/tools/kano/embed/") is an
 * embed view, made to be framed by other sites.
 * @param {string} sitePath
 */
export function isEmbedView(sitePath) {
  return EMBED_VIEW.test(sitePath);
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
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter((d) => d && !/^frame-ancestors\b/i.test(d));
  if (!framable) directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

/** Stands for a language the build does not have yet, in the paths no page rule may reach. */
const ANY_LANGUAGE = '_any-language_';

/**
 * The rules for a built site: a handful, however many pages and languages it has. Every page has the
 * same policy, so a rule covers pages by their shape, with `:placeholder` segments (one segment each,
 * on Netlify and Cloudflare Pages alike): `/:lang/chapters/:seg3/` is every chapter in every language
 * but the default one. Each page is covered by exactly one such rule, which sends the policy with
 * `frame-ancestors 'none'`; the embed views have rules of their own, without it.
 *
 * No header is set for one path by two rules with different values, under either host's matching
 * (Netlify also ignores case and a missing trailing slash): Cloudflare joins the values of a header set
 * twice, Netlify keeps one, and so the file means the same on both. So a page rule never reaches an
 * embed view (in any language, also one not built yet) or a hashed asset in `_astro/`; where a
 * placeholder would, the segment stays as it is (`/:lang/glossary/`). `checkRules` proves it.
 * @param {Site} site
 * @returns {Rule[]}
 */
export function headerRules({ base, policy, pages, files = [], languages = [] }) {
  /** @type {Rule[]} */
  const rules = [{ path: `${base}*`, headers: Object.entries(COMMON_HEADERS) }];
  rules.push({ path: `${base}_astro/*`, headers: [['Cache-Control', CACHE.immutable]] });
  for (const file of REVALIDATED)
    rules.push({ path: `${base}${file}`, headers: [['Cache-Control', CACHE.revalidate]] });
  const shared = [...rules];

  const sitePaths = [...new Set(pages.map((p) => below(base, p)))];
  const embeds = sitePaths.filter(isEmbedView);
  /** @type {[string, string][]} */
  const pageHeaders = [
    ['Content-Security-Policy', headerPolicy(policy, false)],
    ['Cache-Control', CACHE.revalidate],
  ];
  /** @type {[string, string][]} */
  const embedHeaders = [
    ['Content-Security-Policy', headerPolicy(policy, true)],
    ['Cache-Control', CACHE.revalidate],
  ];
  // Paths a page rule must never reach: every embed view, in every language, and every file to which
  // the rules above give another Cache-Control (or a policy).
  const avoid = [
    ...embedViews(base, embeds, languages),
    ...files.filter((f) => {
      const h = headersFor(shared, f);
      return (
        h['content-security-policy'] !== undefined || (h['cache-control'] ?? CACHE.revalidate) !== CACHE.revalidate
      );
    }),
  ];
  for (const pattern of pagePatterns(
    sitePaths.filter((p) => !isEmbedView(p)),
    languages,
    (pattern, covered) =>
      !avoid.some((path) => pathMatchesLoosely(`${base}${pattern}`, path)) &&
      !covered.some((page) => pathMatches(`${base}${pattern}`, `${base}${page}`)),
  ))
    rules.push({ path: `${base}${pattern}`, headers: pageHeaders });
  const embedPatterns = new Set(
    embeds.map((p) => `${EMBED_VIEW.exec(p)?.[1] === undefined ? '' : ':lang/'}tools/:tool/embed/`),
  );
  for (const pattern of [...embedPatterns].sort()) rules.push({ path: `${base}${pattern}`, headers: embedHeaders });
  return rules;
}

/**
 * Every embed view of the built tools: in the default language, in each language, and in one the build
 * does not have yet.
 * @param {string} base
 * @param {string[]} embeds the built embed views, below the base
 * @param {string[]} languages
 */
function embedViews(base, embeds, languages) {
  const tools = new Set(embeds.map((p) => EMBED_VIEW.exec(p)?.[2] ?? ''));
  return [...tools].flatMap((tool) =>
    ['', ...languages, ANY_LANGUAGE].map((lang) => `${base}${lang ? `${lang}/` : ''}tools/${tool}/embed/`),
  );
}

/**
 * The patterns that cover the pages (below the base), each page by exactly one. Pages are taken by
 * depth, the default language's first; a page no earlier pattern covers gets the most general one
 * `allowed` accepts: as many placeholders as can be, a language segment always one, a file name never.
 * `allowed(pattern, covered)` is told the pages covered so far, which the pattern must not match again.
 * @param {string[]} pages
 * @param {string[]} languages
 * @param {(pattern: string, covered: string[]) => boolean} allowed
 * @returns {string[]}
 */
function pagePatterns(pages, languages, allowed) {
  const segmentsOf = (/** @type {string} */ p) => p.split('/').filter(Boolean);
  const inLanguage = (/** @type {string} */ p) => {
    const segments = segmentsOf(p);
    return segments.length > 1 && languages.includes(segments[0] ?? '') ? 1 : 0;
  };
  const order = [...pages].sort(
    (a, b) =>
      inLanguage(a) - inLanguage(b) || segmentsOf(a).length - segmentsOf(b).length || (a < b ? -1 : a > b ? 1 : 0),
  );
  /** @type {string[]} */
  const patterns = [];
  /** @type {string[]} */
  const covered = [];
  for (const page of order) {
    if (!patterns.some((p) => pathMatches(`/${p}`, `/${page}`))) {
      const pattern = [...candidates(page, inLanguage(page) === 1)].find((c) => allowed(c, covered)) ?? page;
      patterns.push(pattern);
    }
    covered.push(page);
  }
  return patterns;
}

/**
 * The patterns that could cover a page, the most general first: every segment a placeholder but a
 * file name (and the language, which always is), then with one segment kept, leftmost first, then two…
 * @param {string} page below the base: "de/chapters/x/", "404.html", ""
 * @param {boolean} inLanguage whether the first segment is a language
 */
function* candidates(page, inLanguage) {
  const segments = page.split('/').filter(Boolean);
  const trailing = page === '' || page.endsWith('/') ? '/' : '';
  const free = segments
    .map((_, i) => i)
    .filter((i) => !(inLanguage && i === 0) && !(trailing === '' && i === segments.length - 1));
  for (let kept = 0; kept <= free.length; kept++) {
    for (const keep of combinations(free, kept)) {
      const parts = segments.map((s, i) => {
        if (inLanguage && i === 0) return ':lang';
        return free.includes(i) && !keep.includes(i) ? `:seg${i + 1}` : s;
      });
      yield parts.length === 0 ? '' : `${parts.join('/')}${trailing}`;
    }
  }
}

/**
 * The k-element subsets of a list, in order (leftmost elements first).
 * @param {number[]} list
 * @param {number} k
 * @returns {Generator<number[]>}
 */
function* combinations(list, k) {
  if (k === 0) {
    yield [];
    return;
  }
  for (let i = 0; i <= list.length - k; i++)
    for (const rest of combinations(list.slice(i + 1), k - 1)) yield [/** @type {number} */ (list[i]), ...rest];
}

/**
 * A URL path below the base: "/handbook/chapters/x/" → "chapters/x/".
 * @param {string} base
 * @param {string} path
 */
function below(base, path) {
  if (!path.startsWith(base)) throw new Error(`${path} is not under the base ${base}.`);
  return path.slice(base.length);
}

/**
 * What is wrong with a site's rules, in words; nothing when they do what they should: every page
 * matched by exactly one rule that sends a policy (with `frame-ancestors 'none'` but on embed views),
 * the meta policy plus that; and no header given two different values for one path, under either
 * host's matching, for the build's pages and files and the embed views of languages not built yet.
 * @param {Rule[]} rules
 * @param {Site} site
 * @returns {string[]}
 */
export function checkRules(rules, { base, policy, pages, files = [], languages = [] }) {
  const problems = [];
  for (const page of pages) {
    const framable = isEmbedView(below(base, page));
    const sending = rules.filter(
      (r) => pathMatches(r.path, page) && r.headers.some(([n]) => n.toLowerCase() === 'content-security-policy'),
    );
    if (sending.length !== 1) problems.push(`${page} gets a policy from ${sending.length} rules.`);
    const csp = headersFor(rules, page)['content-security-policy'];
    if (csp !== headerPolicy(policy, framable))
      problems.push(`${page} would be sent the policy "${csp}"${framable ? ', but it is an embed view' : ''}.`);
  }
  const embeds = pages.map((p) => below(base, p)).filter(isEmbedView);
  for (const path of new Set([...pages, ...files, ...embedViews(base, embeds, languages)])) {
    /** @type {Map<string, Set<string>>} */
    const values = new Map();
    for (const rule of rules) {
      if (!pathMatchesLoosely(rule.path, path)) continue;
      for (const [name, value] of rule.headers) {
        const key = name.toLowerCase();
        values.set(key, (values.get(key) ?? new Set()).add(value));
      }
    }
    for (const [name, set] of values)
      if (set.size > 1) problems.push(`${path} would be given ${set.size} different ${name} headers.`);
  }
  return problems;
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
 * A rule's path as a regular expression: `*` stands for any run of characters, `:name` (a whole
 * segment) for one segment.
 * @param {string} pattern
 */
function patternRegExp(pattern) {
  const source = pattern
    .split('*')
    .map((part) =>
      part
        .split('/')
        .map((s) => (/^:[A-Za-z]\w*$/.test(s) ? '[^/]+' : s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
        .join('/'),
    )
    .join('.*');
  return new RegExp(`^${source}$`);
}

/**
 * Whether a rule's path matches a request path, as Cloudflare Pages (and `npm start`) match it: `*`
 * stands for any run of characters, a `:placeholder` segment for one segment.
 * @param {string} pattern
 * @param {string} pathname
 */
export function pathMatches(pattern, pathname) {
  return patternRegExp(pattern).test(pathname);
}

/**
 * Whether a rule's path matches a request path on Cloudflare Pages or on Netlify, which also ignores
 * case and a missing trailing slash (`/:a/:b/` matches `/_astro/x.js`), and lets `/x/*` match `/x`.
 * @param {string} pattern
 * @param {string} pathname
 */
export function pathMatchesLoosely(pattern, pathname) {
  if (pathMatches(pattern, pathname)) return true;
  const parts = pattern
    .split('/')
    .filter(Boolean)
    .map((p) =>
      /^:[A-Za-z]\w*$/.test(p)
        ? '[^/]+'
        : p === '*'
          ? '?.*'
          : p
              .split('*')
              .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
              .join('.*'),
    );
  return new RegExp(`^/${parts.join('/')}/?$`, 'i').test(pathname);
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
