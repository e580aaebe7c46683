import { describe, expect, it } from 'vitest';
import {
  formatHeaders,
  headerPolicy,
  headerRules,
  headersFor,
  isEmbedView,
  metaPolicy,
  pagePath,
  parseHeaders,
  pathMatches,
} from '../../src/features/headers/headers.mjs';
import { parseHtml } from '../../src/features/pages/page.mjs';

const POLICY = "default-src 'self';script-src 'self' 'sha256-AB+/='; style-src 'self';";

describe('which pages may be framed', () => {
  it.each([
    ['tools/kano/embed/', true],
    ['tools/anxiety-gap/embed/', true],
    ['tools/kano/', false],
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

describe('the rules of a build', () => {
  const pages = [
    { path: '/handbook/tools/kano/embed/', policy: POLICY },
    { path: '/handbook/', policy: POLICY },
  ];
  const rules = headerRules({ base: '/handbook/', pages });

  it('has one rule per page, after the shared ones', () => {
    expect(rules.map((r) => r.path)).toEqual([
      '/handbook/*',
      '/handbook/_astro/*',
      '/handbook/sw.js',
      '/handbook/manifest.webmanifest',
      '/handbook/pagefind/*',
      '/handbook/',
      '/handbook/tools/kano/embed/',
    ]);
  });

  it.each([
    ['/handbook/', "frame-ancestors 'none'", 'no-cache'],
    ['/handbook/tools/kano/embed/', null, 'no-cache'],
    ['/handbook/_astro/page.Ab12.js', null, 'public, max-age=31536000, immutable'],
    ['/handbook/pagefind/pagefind-entry.json', null, 'no-cache'],
    ['/handbook/sw.js', null, 'no-cache'],
    ['/handbook/icons/icon-192.png', null, undefined],
  ])('%s: framing %s, caching %s, never two values', (path, ancestors, cache) => {
    const headers = headersFor(rules, path);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['cache-control']).toBe(cache);
    const csp = headers['content-security-policy'];
    if (ancestors) expect(csp).toContain(ancestors);
    else expect(csp ?? '').not.toContain('frame-ancestors');
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
  ])('%s matches %s: %s', (pattern, path, matches) => {
    expect(pathMatches(pattern, path)).toBe(matches);
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
