import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { distOf, htmlOf, pagesOf } from './support/site';
import { watchPage } from './support/watch';

const pages = pagesOf('dist');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** The rules whose outcome can change with the colour scheme. */
const DARK_RULES = ['color-contrast', 'link-in-text-block'];

/** Loads a page and checks its policy, that every request stayed on this origin and nothing failed. */
async function loadWatched(page: Page, path: string, baseURL: string | undefined) {
  const watch = await watchPage(page);
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  await page.waitForLoadState('networkidle');
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).toContain("default-src 'self'");
  const origin = new URL(baseURL ?? '').origin;
  const foreign = watch.requests.filter(
    (u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'),
  );
  expect(foreign).toEqual([]);
  expect(watch.failures).toEqual([]);
  expect(await watch.cspViolations()).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
  return watch;
}

test('the build lists the pages the site promises @smoke', async ({}, info) => {
  const built = pagesOf(distOf(info));
  for (const p of ['', 'chapters/beyond-attention/', 'tools/', 'glossary/', 'sources/', '404.html']) {
    expect(built).toContain(p);
  }
});

for (const path of pages) {
  const name = path || '(home)';

  // One load per page checks the policy, the requests, the console and axe in both themes: loading each page
  // three times cost the suite about a minute and a half.
  test(`${name}: strict CSP, own-origin requests, no errors; axe finds nothing (light${path.startsWith('de/') ? '' : ', dark'})`, async ({
    page,
    baseURL,
  }) => {
    // axe runs twice; a chapter with tools is slow for it, and the book holds every chapter on one page.
    test.setTimeout(path.endsWith('book/') ? 360_000 : 180_000);
    await page.emulateMedia({ colorScheme: 'light' });
    const watch = await loadWatched(page, path, baseURL);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      // The dark theme changes colours only, so there axe runs the rules that read colours: the whole set twice
      // cost the suite about a minute.
      // German pages share the English pages' styles and colours, so the dark pass runs on the English ones.
      if (scheme === 'dark' && path.startsWith('de/')) continue;
      const axe = new AxeBuilder({ page });
      const results = await (scheme === 'light' ? axe.withTags(AXE_TAGS) : axe.withRules(DARK_RULES)).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary, scheme).toEqual([]);
    }
    expect(watch.consoleErrors).toEqual([]);
  });

  // Under the sub-path every kind of page loads once; of the chapters (one layout, the same islands) the one with
  // the most islands stands for the others.
  const chapter = /^(de\/)?chapters\//.test(path);
  if (!chapter || path.endsWith('chapters/four-sources-of-value/'))
    test(`${name}: under a sub-path, strict CSP, own-origin requests, no errors @sub-path`, async ({
      page,
      baseURL,
    }) => {
      await loadWatched(page, path, baseURL);
    });

  test(`${name}: every link, asset and anchor resolves @smoke`, async ({ request, baseURL }, info) => {
    // The PDF's link stays hidden until `npm run pdf` has made the file (tooling/pdf.mjs shows it).
    const html = htmlOf(distOf(info), path).replace(/<li hidden data-book-file="pdf"[\s\S]*?<\/li>/g, '');
    const pageUrl = new URL(path, baseURL);
    const refs = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1] ?? '');
    const internal = refs
      .map((r) => new URL(r.replaceAll('&amp;', '&'), pageUrl))
      .filter((u) => u.origin === pageUrl.origin);
    expect(internal.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const url of new Map(internal.map((u) => [u.href, u])).values()) {
      const res = await request.get(url.href.split('#')[0] ?? url.href);
      if (res.status() !== 200) {
        missing.push(`${url.pathname} → ${res.status()}`);
        continue;
      }
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && !(await res.text()).includes(`id="${id}"`)) missing.push(`${url.pathname}#${id} → no such anchor`);
    }
    expect(missing).toEqual([]);
  });
}
