import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { toolNames as deToolNames } from '../../src/i18n/de/tool-names';
import { toolNames } from '../../src/i18n/en/tool-names';
import { TOOL_IDS } from '../../src/lib/tools';
import { distOf, htmlOf, pagesOf } from './support/site';

/** A page on another origin that frames the given address, as another site would. */
const OTHER_SITE = 'https://elsewhere.test/';
/** The embed views, in every language: `tools/<id>/embed/`, `de/tools/<id>/embed/`. */
const isEmbed = (page: string) => /^([^/]+\/)?tools\/[^/]+\/embed\/$/.test(page);
/** The handbook's languages: a folder of strings each. */
const LANGUAGES = readdirSync('src/i18n', { withFileTypes: true }).filter((d) => d.isDirectory());
/** Cloudflare Pages reads at most 100 rules and 2,000 characters a line. */
const LIMITS = { rules: 100, lineLength: 2000 };

/** The `_headers` file as blocks: each path with its headers, read without the build's own parser. */
function headerBlocks(dist: string): Map<string, Record<string, string>> {
  const blocks = new Map<string, Record<string, string>>();
  let current: Record<string, string> = {};
  for (const line of readFileSync(join(dist, '_headers'), 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) {
      current = {};
      blocks.set(line.trim(), current);
      continue;
    }
    const [name = '', ...rest] = line.trim().split(':');
    current[name.toLowerCase()] = rest.join(':').trim();
  }
  return blocks;
}

/** The blocks whose path matches an address, as Cloudflare Pages matches: `*` any run, `:name` one segment. */
function blocksFor(blocks: Map<string, Record<string, string>>, path: string): Record<string, string>[] {
  return [...blocks]
    .filter(([pattern]) => {
      const source = pattern
        .split('/')
        .map((s) => (s.startsWith(':') ? '[^/]+' : s.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')))
        .join('/');
      return new RegExp(`^${source}$`).test(path);
    })
    .map(([, headers]) => headers);
}

/** The meta policy of a page, as directives. */
function metaDirectives(html: string): string[] {
  const content = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1] ?? '';
  return directives(content.replaceAll('&#39;', "'"));
}

/** The hash sources an inline block needs: one per inline <script> (without src) and <style>. */
function inlineHashes(html: string): { script: string[]; style: string[] } {
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => hash(m[1] ?? ''));
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1] ?? ''));
  return { script: scripts, style: styles };
}

function directives(policy: string): string[] {
  return policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

test('the headers file stays within what Cloudflare Pages reads, however many pages there are @smoke', ({}, info) => {
  const dist = distOf(info);
  const text = readFileSync(join(dist, '_headers'), 'utf8');
  const rules = headerBlocks(dist);
  const pages = pagesOf(dist);
  expect(rules.size, 'rules in _headers').toBeLessThanOrEqual(LIMITS.rules);
  // Far fewer rules than pages: the rules follow the shapes of pages, not the pages.
  expect(rules.size).toBeLessThan(pages.length / 2);
  for (const line of text.split('\n')) expect(line.length, line.slice(0, 80)).toBeLessThanOrEqual(LIMITS.lineLength);
});

test('every page has one and the same meta policy, and the headers file gives it to every page @smoke', ({}, info) => {
  const dist = distOf(info);
  const base = new URL(info.project.use.baseURL ?? '/').pathname;
  const blocks = headerBlocks(dist);
  const pages = pagesOf(dist);
  expect(pages.filter(isEmbed)).toHaveLength(TOOL_IDS.length * LANGUAGES.length);
  const policies = new Set(pages.map((page) => metaDirectives(htmlOf(dist, page)).join('; ')));
  expect([...policies]).toHaveLength(1);
  for (const page of pages) {
    const matching = blocksFor(blocks, `${base}${page}`).filter((b) => b['content-security-policy']);
    expect(matching, `rules that give ${base}${page} a policy`).toHaveLength(1);
    const header = directives(matching[0]?.['content-security-policy'] ?? '');
    expect(
      header.filter((d) => !d.startsWith('frame-ancestors')),
      page,
    ).toEqual(metaDirectives(htmlOf(dist, page)));
    expect(
      header.filter((d) => d.startsWith('frame-ancestors')),
      page,
    ).toEqual(isEmbed(page) ? [] : ["frame-ancestors 'none'"]);
    expect(
      blocksFor(blocks, `${base}${page}`).filter((b) => b['cache-control']),
      page,
    ).toEqual([expect.objectContaining({ 'cache-control': 'no-cache' })]);
    // A header policy covers the whole page, also what comes before the meta tag.
    const sources = (name: string) => header.find((d) => d.startsWith(`${name} `))?.split(' ') ?? [];
    const { script, style } = inlineHashes(htmlOf(dist, page));
    for (const h of script) expect(sources('script-src'), `${page}: inline script ${h}`).toContain(h);
    for (const h of style) expect(sources('style-src'), `${page}: inline style ${h}`).toContain(h);
  }
  expect(blocks.get(`${base}*`)).toMatchObject({
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
  });
  expect(blocks.get(`${base}*`)?.['content-security-policy']).toBeUndefined();
  expect(blocks.get(`${base}*`)?.['permissions-policy']).toMatch(/camera=\(\)/);
  expect(blocks.get(`${base}_astro/*`)?.['cache-control']).toMatch(/max-age=31536000.*immutable/);
  for (const file of ['sw.js', 'manifest.webmanifest', 'pagefind/*']) {
    expect(blocks.get(`${base}${file}`)?.['cache-control'], file).toBe('no-cache');
  }
});

test('npm start sends each page its meta policy as a header, with framing forbidden but on embed views @smoke', async ({
  request,
}, info) => {
  const dist = distOf(info);
  for (const page of pagesOf(dist)) {
    const response = await request.get(page);
    expect(response.status(), page).toBe(200);
    const headers = response.headers();
    const header = directives(headers['content-security-policy'] ?? '');
    expect(
      header.filter((d) => !d.startsWith('frame-ancestors')),
      page,
    ).toEqual(metaDirectives(htmlOf(dist, page)));
    expect(
      header.filter((d) => d.startsWith('frame-ancestors')),
      page,
    ).toEqual(isEmbed(page) ? [] : ["frame-ancestors 'none'"]);
    expect(headers['cache-control'], page).toBe('no-cache');
    expect(headers['x-content-type-options'], page).toBe('nosniff');
  }
});

test('npm start compresses HTML and lets browsers keep hashed assets for good @smoke', async ({ request, page }) => {
  const home = await request.get('', { headers: { 'accept-encoding': 'br, gzip' } });
  expect(home.headers()['content-encoding']).toMatch(/^(br|gzip)$/);
  expect(home.headers()['cache-control']).toBe('no-cache');
  expect(await home.text()).toContain('<html');
  const gzipOnly = await request.get('glossary/', { headers: { 'accept-encoding': 'gzip' } });
  expect(gzipOnly.headers()['content-encoding']).toBe('gzip');

  const assets: string[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/_astro/')) assets.push(r.url());
  });
  await page.goto('tools/kano/');
  await page.waitForLoadState('networkidle');
  expect(assets.length).toBeGreaterThan(0);
  for (const url of assets) {
    const asset = await request.get(url);
    expect(asset.headers()['cache-control'], url).toBe('public, max-age=31536000, immutable');
  }
  for (const path of ['sw.js', 'manifest.webmanifest']) {
    expect((await request.get(path)).headers()['cache-control'], path).toBe('no-cache');
  }
  expect((await request.get('_headers')).status()).toBe(404);
});

/** Frames an address in a page on another origin, and returns that frame once it has loaded. */
async function framed(page: Page, src: string) {
  await page
    .context()
    .grantPermissions(['local-network-access'], { origin: new URL(OTHER_SITE).origin })
    .catch(() => undefined); // older Chromium has no such check and no such permission
  await page.route(`${OTHER_SITE}**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Another site</title></head><body><iframe src="${src}" title="Framed"></iframe></body></html>`,
    }),
  );
  await page.goto(OTHER_SITE, { waitUntil: 'load' });
  return page.frameLocator('iframe');
}

test('a normal page refuses to render in another site’s frame, an embed view renders', async ({ page, baseURL }) => {
  const chapter = await framed(page, new URL('chapters/spectrum/', baseURL).href);
  await expect(chapter.getByRole('heading', { level: 1 })).toHaveCount(0);
  expect(page.frames().map((f) => f.url())).not.toContain(new URL('chapters/spectrum/', baseURL).href);

  const embed = await framed(page, new URL('tools/kano/embed/', baseURL).href);
  await expect(embed.getByRole('heading', { level: 1 })).toHaveText(toolNames.kano.title);

  const german = await framed(page, new URL('de/tools/kano/embed/', baseURL).href);
  await expect(german.getByRole('heading', { level: 1 })).toHaveText(deToolNames.kano.title);
});
