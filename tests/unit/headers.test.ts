import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkRules,
  formatHeaders,
  headerPolicy,
  headerRules,
  headersFor,
  isEmbedView,
  LIMITS,
  metaPolicy,
  pagePath,
  parseHeaders,
  pathMatches,
  pathMatchesLoosely,
} from '../../src/features/headers/headers.mjs';
import { parseHtml } from '../../src/features/pages/page.mjs';

const POLICY = "default-src 'self';script-src 'self' 'sha256-AB+/='; style-src 'self';";

describe('which pages may be framed', () => {
  it.each([
    ['tools/kano/embed/', true],
    ['tools/anxiety-gap/embed/', true],
    ['de/tools/kano/embed/', true],
    ['tools/kano/', false],
    ['de/tools/kano/', false],
    ['de/fr/tools/kano/embed/', false],
    ['tools/embed/', false],
    ['chapters/embed/', false],
    ['tools/kano/embed/x/', false],
    ['', false],
  ])('%s → %s', (path, framable) => {
    expect(isEmbedView(path)).toBe(framable);
  });
});

describe('a page’s header policy', () => {
  it('keeps the meta policy and forbids framing', () => {
    expect(headerPolicy(POLICY, false)).toBe(
      "default-src 'self'; script-src 'self' 'sha256-AB+/='; style-src 'self'; frame-ancestors 'none'",
    );
  });
  it('names no ancestors for a framable page, even when the meta policy did', () => {
    expect(headerPolicy(`${POLICY} frame-ancestors 'self'`, true)).toBe(
      "default-src 'self'; script-src 'self' 'sha256-AB+/='; style-src 'self'",
    );
  });
});

/** The pages of a site shaped like the handbook, in each language (the first the default, at the root). */
function handbook({
  base = '/',
  languages = ['en', 'de'],
  chapters = ['spectrum', 'anxiety-gap'],
  tools = ['kano', 'value-quiz'],
}: {
  base?: string;
  languages?: string[];
  chapters?: string[];
  tools?: string[];
} = {}) {
  const pages = languages.flatMap((lang, i) => {
    const prefix = i === 0 ? '' : `${lang}/`;
    return [
      '',
      ...['answer/', 'board/', 'glossary/', 'offline/', 'profile/', 'sources/', 'tools/', 'trainers/'],
      ...chapters.map((c) => `chapters/${c}/`),
      ...tools.flatMap((t) => [`tools/${t}/`, `tools/${t}/embed/`]),
      'tools/kano/questionnaire/',
      ...(i === 0 ? ['404.html'] : ['404/', '404.html']),
    ].map((p) => `${base}${prefix}${p}`);
  });
  const files = [
    '_astro/page.Ab12Cd.js',
    '_astro/Kano.Xy34.css',
    'sw.js',
    'manifest.webmanifest',
    'favicon.svg',
    'icons/icon-192.png',
    'pagefind/pagefind.js',
    'pagefind/index/en_1a2b.pf_index',
    'downloads/kano-template.csv',
  ].map((f) => `${base}${f}`);
  return { base, policy: POLICY, pages, files, languages };
}

describe('the rules of a build', () => {
  const site = handbook({ base: '/handbook/' });
  const rules = headerRules(site);

  it('are the shared ones, then one per shape of page, then the embed views', () => {
    expect(rules.map((r) => r.path)).toEqual([
      '/handbook/*',
      '/handbook/_astro/*',
      '/handbook/sw.js',
      '/handbook/manifest.webmanifest',
      '/handbook/pagefind/*',
      '/handbook/',
      '/handbook/404.html',
      '/handbook/:seg1/',
      '/handbook/chapters/:seg2/',
      '/handbook/tools/:seg2/',
      '/handbook/:seg1/:seg2/questionnaire/',
      '/handbook/:lang/404.html',
      '/handbook/:lang/404/',
      '/handbook/:lang/answer/',
      '/handbook/:lang/board/',
      '/handbook/:lang/glossary/',
      '/handbook/:lang/offline/',
      '/handbook/:lang/profile/',
      '/handbook/:lang/sources/',
      '/handbook/:lang/tools/',
      '/handbook/:lang/trainers/',
      '/handbook/:lang/chapters/:seg3/',
      '/handbook/:lang/tools/:seg3/',
      '/handbook/:lang/:seg2/:seg3/questionnaire/',
      '/handbook/:lang/tools/:tool/embed/',
      '/handbook/tools/:tool/embed/',
    ]);
    expect(checkRules(rules, site)).toEqual([]);
  });

  it.each([
    ['/handbook/', "frame-ancestors 'none'", 'no-cache'],
    ['/handbook/de/', "frame-ancestors 'none'", 'no-cache'],
    ['/handbook/de/chapters/spectrum/', "frame-ancestors 'none'", 'no-cache'],
    ['/handbook/de/tools/kano/questionnaire/', "frame-ancestors 'none'", 'no-cache'],
    ['/handbook/de/404.html', "frame-ancestors 'none'", 'no-cache'],
    ['/handbook/tools/kano/embed/', null, 'no-cache'],
    ['/handbook/de/tools/kano/embed/', null, 'no-cache'],
    ['/handbook/_astro/page.Ab12.js', undefined, 'public, max-age=31536000, immutable'],
    ['/handbook/pagefind/pagefind-entry.json', undefined, 'no-cache'],
    ['/handbook/sw.js', undefined, 'no-cache'],
    ['/handbook/icons/icon-192.png', undefined, undefined],
  ])('%s: framing %s, caching %s, never two values', (path, ancestors, cache) => {
    const headers = headersFor(rules, path);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['cache-control']).toBe(cache);
    const csp = headers['content-security-policy'];
    if (ancestors === undefined) expect(csp).toBeUndefined();
    else expect(csp).toBe(headerPolicy(POLICY, ancestors === null));
  });

  it('send every page the same policy, the one of its meta tag, with framing forbidden but on embed views', () => {
    for (const page of site.pages) {
      const csp = headersFor(rules, page)['content-security-policy'] ?? '';
      const framable = isEmbedView(page.slice(site.base.length));
      expect(
        csp.split('; ').filter((d) => !d.startsWith('frame-ancestors')),
        page,
      ).toEqual(headerPolicy(POLICY, true).split('; '));
      expect(csp.includes("frame-ancestors 'none'"), page).toBe(!framable);
    }
  });

  it('stay as many when the site gets more chapters, tools and languages', () => {
    const bigger = handbook({
      base: '/handbook/',
      languages: ['en', 'de', 'fr', 'pt-br', 'ar', 'am'],
      chapters: ['spectrum', 'anxiety-gap', ...Array.from({ length: 40 }, (_, i) => `chapter-${i}`)],
      tools: ['kano', 'value-quiz', 'spectrum-grid', 'anxiety-gap', 'new-tool'],
    });
    const more = headerRules(bigger);
    expect(bigger.pages.length).toBeGreaterThan(site.pages.length * 5);
    expect(more.length).toBe(rules.length);
    expect(more.map((r) => r.path)).toEqual(rules.map((r) => r.path));
    expect(checkRules(more, bigger)).toEqual([]);
  });

  it('hold for any site of that shape, within the limits of Cloudflare Pages', () => {
    const segment = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z]{2}(-[a-z]{2})?$/), { minLength: 1, maxLength: 8 }),
        fc.uniqueArray(segment, { minLength: 1, maxLength: 30 }),
        fc.uniqueArray(segment, { minLength: 1, maxLength: 10 }),
        fc.constantFrom('/', '/handbook/'),
        (languages, chapters, tools, base) => {
          // Prefixed, so that no chapter or tool is named like a section ("tools", "embed").
          const s = handbook({
            base,
            languages,
            chapters: chapters.map((c) => `c-${c}`),
            tools: ['kano', ...tools.map((t) => `t-${t}`)],
          });
          const r = headerRules(s);
          expect(checkRules(r, s)).toEqual([]);
          expect(r.length).toBeLessThanOrEqual(rules.length);
          const text = formatHeaders(r);
          expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThanOrEqual(LIMITS.lineLength);
        },
      ),
      // Each case checks every page of a site of up to 8 languages against every rule: 50 cases keep
      // the test to seconds on a two-core machine.
      { numRuns: 50 },
    );
  }, 120_000);

  it('never let a page rule reach an embed view, in any language and on either host', () => {
    const pageRules = rules.filter((r) =>
      r.headers.some(([name, value]) => name === 'Content-Security-Policy' && value.includes('frame-ancestors')),
    );
    expect(pageRules.length).toBeGreaterThan(5);
    for (const lang of ['', 'de/', 'fr/', 'zh-hant/', 'tools/', 'chapters/'])
      for (const tool of ['kano', 'value-quiz'])
        for (const path of [`/handbook/${lang}tools/${tool}/embed/`, `/handbook/${lang}TOOLS/${tool}/embed`])
          for (const rule of pageRules) expect(pathMatchesLoosely(rule.path, path), `${rule.path} ${path}`).toBe(false);
  });

  it('are found wrong when a page rule would reach an embed view or a hashed asset', () => {
    const headers: [string, string][] = [
      ['Content-Security-Policy', headerPolicy(POLICY, false)],
      ['Cache-Control', 'no-cache'],
    ];
    const wide = [
      ...rules.filter((r) => !r.headers.some(([n]) => n === 'Content-Security-Policy')),
      { path: '/handbook/:a/:b/', headers },
      { path: '/handbook/:a/:b/:c/', headers },
      ...rules.filter((r) => r.path.endsWith('/embed/')),
    ];
    const problems = checkRules(wide, site).join('\n');
    expect(problems).toContain(
      '/handbook/tools/kano/embed/ would be given 2 different content-security-policy headers',
    );
    expect(problems).toContain('/handbook/_astro/page.Ab12Cd.js would be given 2 different cache-control headers');
    expect(problems).toContain('/handbook/ gets a policy from 0 rules');
  });

  it('reads back what it writes', () => {
    const text = formatHeaders(rules, 'made by a test');
    expect(text.startsWith('# made by a test\n/handbook/*\n  X-Content-Type-Options: nosniff\n')).toBe(true);
    expect(parseHeaders(text)).toEqual(rules);
  });
});

describe('reading a headers file', () => {
  it('reads paths, indented headers, values with colons, and skips comments and blank lines', () => {
    const text =
      '# comment\n\n/a/*\n  X-Frame-Options: DENY\n\t Link: <https://x.test/>; rel=preload\n/b\r\n  A: 1\r\n';
    expect(parseHeaders(text)).toEqual([
      {
        path: '/a/*',
        headers: [
          ['X-Frame-Options', 'DENY'],
          ['Link', '<https://x.test/>; rel=preload'],
        ],
      },
      { path: '/b', headers: [['A', '1']] },
    ]);
  });

  it.each([
    ['/*', '/', true],
    ['/*', '/a/b.js', true],
    ['/_astro/*', '/_astro/a.js', true],
    ['/_astro/*', '/x/_astro/a.js', false],
    ['/a/', '/a/', true],
    ['/a/', '/a/b/', false],
    ['/a.b', '/axb', false],
    ['/pagefind/*', '/pagefind', false],
    ['/chapters/:id/', '/chapters/spectrum/', true],
    ['/chapters/:id/', '/chapters/', false],
    ['/chapters/:id/', '/chapters/a/b/', false],
    ['/chapters/:id/', '/chapters/spectrum', false],
    ['/:lang/tools/:id/', '/de/tools/kano/', true],
    ['/:lang/tools/:id/', '/tools/kano/embed/', false],
    ['/:lang/404.html', '/de/404.html', true],
    ['/:lang/404.html', '/de/404xhtml', false],
  ])('%s matches %s: %s', (pattern, path, matches) => {
    expect(pathMatches(pattern, path)).toBe(matches);
  });

  it.each([
    ['/:a/:b/', '/_astro/x.js', true],
    ['/:a/', '/sw.js', true],
    ['/chapters/:id/', '/Chapters/x', true],
    ['/pagefind/*', '/pagefind', true],
    ['/_astro/*', '/_astro/a.js', true],
    ['/:a/:b/', '/a/b/c/', false],
    ['/tools/:id/', '/tools/kano/embed/', false],
    ['/', '/', true],
    ['/', '/x/', false],
  ])('on some host, %s matches %s: %s', (pattern, path, matches) => {
    expect(pathMatchesLoosely(pattern, path)).toBe(matches);
  });

  it('joins a header set by two rules, as hosts do', () => {
    const rules = parseHeaders('/*\n  Cache-Control: a\n/x\n  Cache-Control: b\n');
    expect(headersFor(rules, '/x')).toEqual({ 'cache-control': 'a, b' });
  });
});

describe('reading the built pages', () => {
  it.each([
    [`<meta http-equiv="content-security-policy" content="${POLICY}">`, POLICY],
    [`<meta content="a &amp; b &#39;c&#39;" http-equiv="Content-Security-Policy">`, "a & b 'c'"],
    ['<meta name="description" content="x">', null],
    [`<head><meta name="description" content="x"><meta http-equiv='content-security-policy' content='a'></head>`, 'a'],
  ])('the policy of %s', (html, policy) => {
    expect(metaPolicy(parseHtml(html))).toBe(policy);
  });

  it.each([
    ['/', 'index.html', '/'],
    ['/', '404.html', '/404.html'],
    ['/handbook/', 'chapters/x/index.html', '/handbook/chapters/x/'],
  ])('under %s, %s is served at %s', (base, file, path) => {
    expect(pagePath(base, file)).toBe(path);
  });
});
