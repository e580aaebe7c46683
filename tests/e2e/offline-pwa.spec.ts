import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, expect, type Page, type TestInfo, test } from '@playwright/test';
import { site as deSite } from '../../src/i18n/de/site';
import { updatePrompt } from '../../src/i18n/en/offline';
import { site } from '../../src/i18n/en/site';
import { changeFirstControl, isToolPage } from './offline-helpers';
import { distOf, pagesOf } from './support/site';
import { watchPage } from './support/watch';

test.use({ serviceWorkers: 'allow' });

/** The base path of the build under test, from the project's base URL ("/" or "/handbook/"). */
function baseOf(info: TestInfo): string {
  return new URL(String(info.project.use.baseURL)).pathname;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * A static server of its own for one test, so that the test can take it away: once it is stopped,
 * nothing but the service worker can answer.
 */
async function serve(dir: string, base: string): Promise<{ origin: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      fileURLToPath(new URL('../../tooling/serve.mjs', import.meta.url)),
      '--dir',
      dir,
      '--base',
      base,
      '--port',
      String(port),
    ],
    { stdio: 'ignore' },
  );
  const origin = `http://localhost:${port}`;
  await expect
    .poll(
      () =>
        fetch(`${origin}${base}`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 10_000 },
    )
    .toBe(200);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill();
    });
  return { origin, stop };
}

/** Waits until a service worker controls the page, which means it has precached the whole site. */
async function waitForWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });
}

async function goOffline(context: BrowserContext, stop: () => Promise<void>) {
  await stop();
  await context.setOffline(true);
}

test('the manifest names the icons browsers ask for, and every page links it @smoke', async ({ page, request }) => {
  await page.goto('');
  const manifestUrl = await page.locator('link[rel=manifest]').evaluate((l) => (l as HTMLLinkElement).href);
  await expect(page.locator('meta[name=theme-color]')).toHaveAttribute('content', /^#/);
  const res = await request.get(manifestUrl);
  expect(res.status()).toBe(200);
  const manifest = (await res.json()) as {
    name: string;
    short_name: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest.short_name).toBeTruthy();
  expect(manifest.display).toBe('standalone');
  expect(new URL(manifest.start_url, manifestUrl).href).toBe(new URL('./', page.url()).href);
  for (const [size, purpose] of [
    ['192x192', 'any'],
    ['512x512', 'any'],
    ['512x512', 'maskable'],
  ] as const) {
    const icon = manifest.icons.find((i) => i.sizes === size && (i.purpose ?? 'any').includes(purpose));
    expect(icon, `${purpose} icon ${size}`).toBeDefined();
    const png = await request.get(new URL(icon?.src ?? '', manifestUrl).href);
    expect(png.status()).toBe(200);
    const bytes = await png.body();
    // A PNG's IHDR chunk holds its width and height at bytes 16 to 23.
    expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`).toBe(size);
  }
});

// Under the sub-path only: the worker and its cache list are the same code at the root, where the other tests here
// run; the sub-path is where a wrong scope or path would show. Both copies cost the suite over a minute.
test('after one visit every page, tool and search work with no network @sub-path', async ({ page, context }, info) => {
  test.setTimeout(180_000);
  const base = baseOf(info);
  const dist = distOf(info);
  const server = await serve(dist, base);
  try {
    await page.goto(`${server.origin}${base}`);
    await waitForWorker(page);
    await goOffline(context, server.stop);
    const watch = await watchPage(page);
    for (const path of pagesOf(dist)) {
      const response = await page.goto(`${server.origin}${base}${path}`);
      expect(response?.ok(), path).toBe(true);
      expect(response?.fromServiceWorker(), path).toBe(true);
      await expect(page.getByRole('heading', { level: 1 }).first(), path).toBeVisible(); // the book has one per part
      if (isToolPage(dist, path)) await test.step(`${path}: ${await changeFirstControl(page)}`, () => {});
    }
    // A tool's state travels in the query string; the cached page answers it.
    const tool = pagesOf(dist).find((p) => isToolPage(dist, p)) ?? 'tools/';
    expect((await page.goto(`${server.origin}${base}${tool}?offline=1`))?.ok()).toBe(true);

    await page.goto(`${server.origin}${base}`);
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the handbook' });
    await dialog.getByRole('searchbox').fill('anxiety');
    await expect(dialog.getByRole('status')).toContainText('for “anxiety”');
    const first = dialog.getByRole('link').first();
    const target = await first.getAttribute('href');
    await first.click();
    // (A tool's page may write its state into the query at once: the path is what matters.)
    const opened = new URL(target ?? '', page.url()).pathname;
    await page.waitForURL((u) => u.pathname === opened);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    // A page the cache does not hold gets the site's own "not found" page, not the browser's error.
    await page.goto(`${server.origin}${base}no-such-page/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.notFoundTitle);
    expect(watch.consoleErrors).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
  } finally {
    await server.stop();
  }
});

test('with no network, a missing German address gets the German "not found" page, any other the English one @smoke', async ({
  page,
  context,
}, info) => {
  const base = baseOf(info);
  const server = await serve(distOf(info), base);
  try {
    await page.goto(`${server.origin}${base}de/`);
    await waitForWorker(page);
    await goOffline(context, server.stop);
    for (const [path, lang, title] of [
      ['de/no-such-page/', 'de', deSite.notFoundTitle],
      ['de/chapters/no-such-chapter/', 'de', deSite.notFoundTitle],
      ['no-such-page/', 'en', site.notFoundTitle],
    ] as const) {
      const response = await page.goto(`${server.origin}${base}${path}`);
      expect(response?.fromServiceWorker(), path).toBe(true);
      await expect(page.locator('html'), path).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(title);
    }
  } finally {
    await server.stop();
  }
});

test('a new version waits for the reader: a polite prompt, and a reload only when accepted', async ({ page }, info) => {
  test.setTimeout(120_000);
  const base = baseOf(info);
  // A copy of the build, deployed again below with a changed home page.
  const dir = mkdtempSync(join(tmpdir(), 'cx-pwa-'));
  cpSync(distOf(info), dir, { recursive: true });
  const server = await serve(dir, base);
  try {
    await page.goto(`${server.origin}${base}`);
    await waitForWorker(page);
    const oldTitle = await page.title();
    const prompt = page.getByRole('status').filter({ hasText: updatePrompt.ready });
    const reload = page.getByRole('button', { name: updatePrompt.reload });
    await expect(reload).toBeHidden();

    // Deploy: a new home page, and a service worker whose precache list names its new revision.
    const home = join(dir, 'index.html');
    writeFileSync(home, readFileSync(home, 'utf8').replace('</title>', ' (new)</title>'));
    const sw = join(dir, 'sw.js');
    const code = readFileSync(sw, 'utf8');
    const next = code.replace(/(url:"index\.html",revision:")[^"]+/, '$1new-version');
    expect(next).not.toBe(code);
    writeFileSync(sw, next);

    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(prompt).toBeVisible({ timeout: 20_000 });
    await expect(reload).toBeVisible();

    // Until the reader accepts, the old version stays in charge, whole: same page, lazy chunks still load.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(
      true,
    );
    expect(await page.title()).toBe(oldTitle);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('dialog', { name: 'Search the handbook' }).getByRole('searchbox').fill('anxiety');
    await expect(page.getByRole('dialog').getByRole('link').first()).toBeVisible();
    await page.getByRole('button', { name: 'Close search' }).click();

    // "Not now" puts the prompt away; the next page offers it again.
    await page.getByRole('button', { name: updatePrompt.later }).click();
    await expect(reload).toBeHidden();
    await page.goto(`${server.origin}${base}glossary/`);
    expect(await page.title()).not.toContain('(new)');
    await expect(reload).toBeVisible({ timeout: 20_000 });

    await reload.focus();
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await page.goto(`${server.origin}${base}`);
    await expect(page).toHaveTitle(/\(new\)$/);
    await expect(reload).toBeHidden();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBe(
      null,
    );
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
