import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { toolNames } from '../../src/i18n/en/tool-names';
import { TOOL_IDS } from '../../src/lib/tools';
import { distOf, htmlOf, pagesOf } from './support/site';

/** A page on another origin that frames the given address, as another site would. */
const OTHER_SITE = 'https://elsewhere.test/';
const EMBEDS = new Set(TOOL_IDS.map((id) => `tools/${id}/embed/`));

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

/** The meta policy of a page, as directives. */
function metaDirectives(html: string): string[] {
  const content = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1] ?? '';
  return directives(content);
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

test('the headers file gives every page its meta policy, and lets only the embed views be framed @smoke', ({}, info) => {
  const dist = distOf(info);
  const base = new URL(info.project.use.baseURL ?? '/').pathname;
  const blocks = headerBlocks(dist);
  const pages = pagesOf(dist);
  expect(pages.filter((p) => EMBEDS.has(p))).toHaveLength(TOOL_IDS.length);
  for (const page of pages) {
    const block = blocks.get(`${base}${page}`);
    expect(block, `no rule for ${base}${page}`).toBeDefined();
    const header = directives(block?.['content-security-policy'] ?? '');
    const ancestors = header.filter((d) => d.startsWith('frame-ancestors'));
    expect(
      header.filter((d) => !d.startsWith('frame-ancestors')),
      page,
    ).toEqual(metaDirectives(htmlOf(dist, page)));
    expect(ancestors, page).toEqual(EMBEDS.has(page) ? [] : ["frame-ancestors 'none'"]);
    expect(block?.['cache-control'], page).toBe('no-cache');
    // A header policy covers the whole page, also what comes before the meta tag.
    const sources = (name: string) => header.find((d) => d.startsWith(`${name} `))?.split(' ') ?? [];
    const { script, style } = inlineHashes(htmlOf(dist, page));
    for (const h of script) expect(sources('script-src'), `${page}: inline script ${h}`).toContain(h);
    for (const h of style) expect(sources('style-src'), `${page}: inline style ${h}`).toContain(h);
  }
  // The policy comes only from the page rules: a wildcard one would be joined to it by the host.
  for (const [path, headers] of blocks) {
    if (path.includes('*')) expect(headers['content-security-policy'], path).toBeUndefined();
  }
  expect(blocks.get(`${base}*`)).toMatchObject({
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
  });
  expect(blocks.get(`${base}*`)?.['permissions-policy']).toMatch(/camera=\(\)/);
  expect(blocks.get(`${base}_astro/*`)?.['cache-control']).toMatch(/max-age=31536000.*immutable/);
  for (const file of ['sw.js', 'manifest.webmanifest', 'pagefind/*']) {
    expect(blocks.get(`${base}${file}`)?.['cache-control'], file).toBe('no-cache');
  }
});

test('npm start sends each page the headers of the headers file @smoke', async ({ request }, info) => {
  const dist = distOf(info);
  const base = new URL(info.project.use.baseURL ?? '/').pathname;
  const blocks = headerBlocks(dist);
  for (const page of pagesOf(dist)) {
    const response = await request.get(page);
    expect(response.status(), page).toBe(200);
    const headers = response.headers();
    expect(headers['content-security-policy'], page).toBe(blocks.get(`${base}${page}`)?.['content-security-policy']);
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
});
