import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, type Page, type TestInfo, test } from '@playwright/test';
import { book as deBook } from '../../src/i18n/de/book';
import { offline as deOffline } from '../../src/i18n/de/offline';
import { book as enBook } from '../../src/i18n/en/book';
import { offline } from '../../src/i18n/en/offline';
import { TOOL_IDS } from '../../src/lib/tools';
import { changeFirstControl, editionSearchIndex, isToolPage, ownFailures, unzipEdition } from './offline-helpers';
import { hydrated } from './support/islands';
import { distOf, pagesOf } from './support/site';
import { watchPage } from './support/watch';

/** Fails unless the edition holds every tool's page and embed view: a missing tool is a failure, never a skip. */
function expectEveryTool(tools: string[]): void {
  const expected = TOOL_IDS.flatMap((id) => [`tools/${id}/index.html`, `tools/${id}/embed/index.html`]);
  expect(tools, 'tool pages in the edition').toEqual(expect.arrayContaining(expected));
}

/** The offline edition of the build under test, unzipped once per worker into a temporary folder. */
const unzipped = new Map<string, string>();
test.afterAll(() => {
  for (const root of unzipped.values()) rmSync(dirname(root), { recursive: true, force: true });
  unzipped.clear();
});
function edition(info: TestInfo): string {
  const dist = distOf(info);
  const done = unzipped.get(dist);
  if (done) return done;
  const root = unzipEdition(dist);
  unzipped.set(dist, root);
  return root;
}

function filesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** The book pages' sentence in place of the layout in pages, which the edition leaves out. */
const OFFLINE_BOOK = new Map([
  ['book/index.html', enBook.offlineIntro],
  ['de/book/index.html', deBook.offlineIntro],
]);

const urlOf = (root: string, path: string) => pathToFileURL(join(root, path)).href;

/** Checks what a page on file:// loaded: every stylesheet and image, and only files of the edition. */
async function expectFullyLoaded(page: Page, root: string) {
  const state = await page.evaluate(() => ({
    sheets: [...document.querySelectorAll('link[rel=stylesheet]')].filter((l) => !(l as HTMLLinkElement).sheet).length,
    images: [...document.images].filter((i) => !i.complete || i.naturalWidth === 0).map((i) => i.src),
    modules: document.querySelectorAll('script[type=module]').length,
  }));
  expect(state).toEqual({ sheets: 0, images: [], modules: 0 });
  const inside = pathToFileURL(root).href;
  expect(page.url().startsWith(inside)).toBe(true);
}

test('the zip holds a README and every page, and every link is relative and names a file @smoke', async ({}, info) => {
  const root = edition(info);
  const files = filesOf(root);
  // One README per language, each naming its language's first page.
  const readmes = [
    { name: offline.readmeFile, home: 'index.html' },
    { name: deOffline.readmeFile, home: 'de/index.html' },
  ];
  for (const { name, home } of readmes) {
    expect(files).toContain(`${name}.html`);
    expect(files).toContain(`${name}.txt`);
    expect(readFileSync(join(root, `${name}.txt`), 'utf8')).toContain(home);
    expect(readFileSync(join(root, `${name}.html`), 'utf8')).toContain(`href="${home}"`);
  }
  const readmePages = readmes.map((r) => `${r.name}.html`);
  const webPages = pagesOf(distOf(info)).map((p) => (p === '' || p.endsWith('/') ? `${p}index.html` : p));
  const htmlFiles = files.filter((f) => f.endsWith('.html') && !readmePages.includes(f));
  expect(htmlFiles.sort()).toEqual(webPages.sort());

  const problems: string[] = [];
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(root, file), 'utf8');
    if (/<script\b[^>]*type="module"/.test(html)) problems.push(`${file}: has a module script`);
    const csp = html.match(/http-equiv="content-security-policy" content="([^"]*)"/)?.[1] ?? '';
    // Pages allow their own scripts; the README runs none at all.
    const strict = readmePages.includes(file) ? csp.includes("default-src 'none'") : csp.includes("script-src 'self'");
    if (!strict || csp.includes('unsafe-inline')) problems.push(`${file}: CSP ${csp}`);
    // (An island's component-url and renderer-url now only name a module bundled into the page's script.)
    for (const m of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
      const url = (m[2] ?? '').replaceAll('&amp;', '&');
      if (/^(https?:|mailto:|data:|#)/.test(url)) continue;
      if (url.startsWith('/')) {
        problems.push(`${file}: absolute ${m[1]} ${url}`);
        continue;
      }
      const path = decodeURI(url.split(/[?#]/)[0] ?? '');
      const target = join(dirname(join(root, file)), path);
      if (path.endsWith('/') || !existsSync(target)) problems.push(`${file}: ${m[1]} ${url} names no file`);
    }
  }
  expect(problems).toEqual([]);
});

test('from index.html, following every link reaches every page, each loading cleanly', async ({ page }, info) => {
  test.setTimeout(180_000);
  const root = edition(info);
  const watch = await watchPage(page);
  const inside = `${pathToFileURL(root).href}/`;
  const queue = [urlOf(root, 'index.html')];
  const seen = new Set(queue);
  const problems: string[] = [];
  while (queue.length > 0) {
    const url = queue.shift() ?? '';
    watch.failures.length = 0;
    watch.consoleErrors.length = 0;
    watch.requests.length = 0;
    await page.goto(url);
    await page.waitForLoadState('load');
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible(); // the book has one per part
    await expectFullyLoaded(page, root);
    const name = url.slice(inside.length);
    // The book is not laid out in pages from disk (no Paged.js): no layout form, a sentence instead.
    const bookSentence = OFFLINE_BOOK.get(name);
    if (bookSentence) {
      await expect(page.locator('[data-book-form]')).toHaveCount(0);
      await expect(page.getByText(bookSentence)).toBeVisible();
    }
    const foreign = watch.requests.filter((u) => !u.startsWith(inside) && !/^(data|blob):/.test(u));
    const failures = ownFailures(watch.failures);
    for (const f of [...foreign, ...failures, ...watch.consoleErrors, ...(await watch.cspViolations())]) {
      problems.push(`${name}: ${f}`);
    }
    const links = await page
      .locator('a[href]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href.split('#')[0]?.split('?')[0] ?? ''));
    for (const link of links) {
      if (!link.startsWith('file:')) continue;
      if (!link.startsWith(inside)) problems.push(`${name}: a link leaves the edition: ${link}`);
      else if (link.endsWith('.html') && !seen.has(link)) {
        seen.add(link);
        queue.push(link);
      }
    }
  }
  expect(problems).toEqual([]);
  for (const bundle of filesOf(join(root, '_offline')).filter((f) => f.endsWith('.js'))) {
    expect(readFileSync(join(root, '_offline', bundle), 'utf8'), `Paged.js in ${bundle}`).not.toContain(
      'pagedjs_pages',
    );
  }
  // Nothing links the READMEs or the not-found pages.
  const readmes = [offline.readmeFile, deOffline.readmeFile].map((name) => `${name}.html`);
  const pages = filesOf(root).filter(
    (f) => f.endsWith('.html') && !readmes.includes(f) && !/(^|\/)404(\.html|\/index\.html)$/.test(f),
  );
  expect([...seen].map((u) => decodeURI(u.slice(inside.length))).sort()).toEqual(expect.arrayContaining(pages));
});

test('every tool page hydrates from disk and answers a change of input', async ({ page }, info) => {
  const root = edition(info);
  const tools = filesOf(root).filter((f) => f.endsWith('.html') && isToolPage(root, f));
  expectEveryTool(tools);
  const watch = await watchPage(page);
  for (const tool of tools) {
    await page.goto(urlOf(root, tool));
    await test.step(`${tool}: ${await changeFirstControl(page)}`, async () => {
      expect(watch.consoleErrors, tool).toEqual([]);
      expect(watch.failures, tool).toEqual([]);
    });
    // The tool keeps its state in the address, which a file:// page may change too.
    expect(new URL(page.url()).protocol).toBe('file:');
  }
  expect(await watch.cspViolations()).toEqual([]);
});

test('search works from disk: three terms, each result opens its page @smoke', async ({ page }, info) => {
  const root = edition(info);
  const index = editionSearchIndex(root, 'en');
  const words = (text: string) => new Set(text.toLowerCase().match(/\b[a-z]{8,}\b/g) ?? []);
  const picks: { word: string; url: string; title: string }[] = [];
  for (const entry of index) {
    const own = words(entry.content);
    for (const other of index) if (other !== entry) for (const w of words(other.content)) own.delete(w);
    const word = [...own].sort()[0];
    if (word) picks.push({ word, url: entry.url, title: entry.title });
  }
  expect(picks.length).toBeGreaterThanOrEqual(3);
  const watch = await watchPage(page);
  for (const pick of [picks[0], picks[Math.floor(picks.length / 2)], picks[picks.length - 1]]) {
    if (!pick) continue;
    await page.goto(urlOf(root, 'index.html'));
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the handbook' });
    await dialog.getByRole('searchbox').fill(pick.word);
    await expect(dialog.getByRole('status')).toContainText(`for “${pick.word}”`);
    const result = dialog.getByRole('link', { name: new RegExp(pick.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    await expect(result.first()).toBeVisible();
    await expect(result.first().locator('mark').first()).toBeVisible();
    await result.first().click();
    const opened = new URL(urlOf(root, pick.url)).pathname;
    await page.waitForURL((u) => u.pathname === opened);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible(); // the book has one per part
  }
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.failures).toEqual([]);
});

/** How many of the page's canvases have painted pixels (Chart.js draws into a 2D context). */
async function paintedCanvases(page: Page): Promise<{ all: number; painted: number }> {
  return page.evaluate(() => {
    const canvases = [...document.querySelectorAll('main canvas')] as HTMLCanvasElement[];
    const painted = canvases.filter((c) => {
      if (c.width === 0 || c.height === 0) return false;
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
      for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
      return false;
    });
    return { all: canvases.length, painted: painted.length };
  });
}

test('every chart of the tool pages draws from disk (one chart.js for all)', async ({ page }, info) => {
  const root = edition(info);
  const tools = filesOf(root).filter((f) => f.endsWith('.html') && isToolPage(root, f));
  expectEveryTool(tools);
  const watch = await watchPage(page);
  let drawn = 0;
  for (const tool of tools) {
    await page.goto(urlOf(root, tool));
    await changeFirstControl(page);
    for (const canvas of await page.locator('main canvas').all()) await canvas.scrollIntoViewIfNeeded();
    const { all } = await paintedCanvases(page);
    await expect.poll(async () => (await paintedCanvases(page)).painted, { message: tool }).toBe(all);
    drawn += all;
    expect(watch.consoleErrors, tool).toEqual([]);
  }
  // The anxiety curve and the quiz bars are on screen once their tools compute.
  expect(drawn).toBeGreaterThanOrEqual(2);
});

test('islands drop Astro’s end marker as they hydrate, so a first render that differs from the HTML is whole', async ({
  page,
}, info) => {
  const root = edition(info);
  const tool = 'tools/kano/index.html';
  expect(existsSync(join(root, tool)), 'the Kano page in the edition').toBe(true);
  // The server HTML waits for an answer pair; this address holds one, so the first render differs.
  await page.goto(`${urlOf(root, tool)}?kano-functional=like&kano-dysfunctional=dislike`);
  const island = page.locator('main astro-island').first();
  const markers = () =>
    island.evaluate((el) => {
      const walk = document.createTreeWalker(el, NodeFilter.SHOW_COMMENT);
      let n = 0;
      while (walk.nextNode()) if (walk.currentNode.nodeValue === 'astro:end') n++;
      return n;
    });
  await island.scrollIntoViewIfNeeded();
  await island.dispatchEvent('focusin');
  await expect(island).not.toHaveAttribute('ssr', /.*/, { timeout: 15_000 });
  expect(await markers()).toBe(0);
  // Like it if present, dislike it if absent: one-dimensional (O), by the Kano table.
  await expect(island.locator('.cx-kano__single').getByRole('status')).toContainText('One-dimensional');
  await expect(island.locator('.cx-kano')).toHaveCount(1);
  await expect(island.getByRole('group', { name: /^Functional question/ })).toHaveCount(1);
});

test('the offline page in the edition says it is the edition and offers no download', async ({ page }, info) => {
  const root = edition(info);
  expect(existsSync(join(root, 'offline/index.html')), 'the offline page in the edition').toBe(true);
  await page.goto(urlOf(root, 'offline/index.html'));
  await expect(page.getByText(offline.editionNote)).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(offline.download) })).toHaveCount(0);
});

test('the Kano survey reads a large file from disk, in chunks where no worker starts', async ({ page }, info) => {
  const root = edition(info);
  const tool = 'tools/kano/index.html';
  expect(existsSync(join(root, tool)), 'the Kano page in the edition').toBe(true);
  // 4,000 respondents x 6 features of numbers 1-5, every pair like (1) / dislike (5): all one-dimensional.
  const header = ['id', ...Array.from({ length: 6 }, (_, j) => [`K${j + 1}:f`, `K${j + 1}:d`]).flat()];
  const rows = Array.from({ length: 4000 }, (_, i) => [`r${i}`, ...Array.from({ length: 6 }, () => ['1', '5']).flat()]);
  const text = `${[header, ...rows].map((r) => r.join(',')).join('\n')}\n`;
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(urlOf(root, tool));
  await hydrated(page);
  await page.getByRole('radio', { name: 'A survey (CSV)' }).check();
  await page
    .getByLabel('Or choose a CSV file')
    .setInputFiles({ name: 'large.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
  const row = page.getByRole('table', { name: 'Results per feature', exact: true }).getByRole('row', { name: /^K1 / });
  await expect(row.getByRole('cell').nth(0)).toHaveText('4000', { timeout: 30_000 });
  await expect(row.getByRole('cell').nth(2)).toHaveText('4000');
  expect(errors).toEqual([]);
});
