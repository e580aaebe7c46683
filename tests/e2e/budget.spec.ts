import { statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, type Page, test } from '@playwright/test';
import { offline } from '../../src/i18n/en/offline';
import { STATEMENTS } from '../../src/lib/quiz/statements';
import { TOOL_IDS } from '../../src/lib/tools';
import { hydrated } from './support/islands';
import { distOf, htmlOf, pagesOf } from './support/site';

const KB = 1024;
/** A chapter's JavaScript before the reader acts (issue 22: the questions' loader, reading marks, popovers and live sentences; the rest loads on use). */
const JS_BEFORE_ACTION = 4 * KB;
/** A tool page's JavaScript before the reader acts or scrolls a chart into view (issue 15). */
const TOOL_JS_BEFORE_ACTION = 15 * KB;
const TOTAL = 50 * KB;
/** Chart code a second tool's chart fetches after a first one's (issue: chart.js once). */
const SECOND_CHART = 10 * KB;
/**
 * The offline edition, both languages (issue: chart.js once), raised from 850,000 (834,354 bytes before):
 * - issue 22: 36 questions with their feedback in each language's chapters, two review pages holding all of
 *   them and the review code (ts-fsrs, the cards' schema), about 84 KB; each chapter's glossary terms' short
 *   definitions and the live sentences' and popovers' code with the models they run, about 23 KB;
 * - issue 25: the Kano spreadsheet writer (write-excel-file, about 14 KB; on the web a chunk loaded only when
 *   asked for, but the edition bundles every chunk so the spreadsheet works offline too) and the survey
 *   report's analysis and words, about 10 KB;
 * - issue 23: the two EPUBs, stored as they are (150 KB), and the two book pages, every chapter again on one
 *   page each (121 KB zipped); not Paged.js, which cannot lay out pages from file:// (the edition leaves it
 *   out: 101,398 bytes less).
 * 1,362,515 bytes when raised to 1,380,000; lowered to 1,280,000 at 1,261,047 bytes measured (the root build
 * of issue 23's close, the sub-path build 1,261,288).
 */
const OFFLINE_ZIP = 1_280_000;

/** Chapter pages that embed no tool: they must stay light. */
const plainChapters = pagesOf('dist').filter(
  (p) => p.startsWith('chapters/') && !htmlOf('dist', p).includes('<astro-island'),
);
/** A chapter with a tool, a live sentence and glossary popovers: held to the same budget before the reader acts. */
const LIVE_CHAPTER = 'chapters/anxiety-gap/';

test('there are chapters without a tool to hold to the budget', () => {
  expect(plainChapters.length).toBeGreaterThan(0);
});

/** Counts the gzip bytes of the scripts a page fetches, by URL; `settle` waits for the counts. */
function countScripts(page: Page) {
  const scripts = new Map<string, number>();
  const pending: Promise<void>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() !== 'script') return;
    pending.push(
      r.body().then((b) => {
        scripts.set(r.url(), gzipSync(b, { level: 9 }).length);
      }),
    );
  });
  return {
    scripts,
    total: () => [...scripts.values()].reduce((n, b) => n + b, 0),
    settle: () => Promise.all(pending),
  };
}

/** Every tool page, in every language the build has (a German page loads its own words as well). */
const toolPages = pagesOf('dist').filter((p) =>
  TOOL_IDS.some((id) => p === `tools/${id}/` || p.endsWith(`/tools/${id}/`)),
);

for (const path of toolPages) {
  test(`${path}: at most 15 KB of JavaScript on a phone before the reader acts (gzip), then the tool works`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const js = countScripts(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await page.mouse.move(5, 5); // hovering is not acting
    await page.waitForTimeout(200);
    await js.settle();
    expect([...js.scripts.keys()].filter((u) => /chart|preload-helper/.test(u))).toEqual([]);
    expect(js.total()).toBeLessThanOrEqual(TOOL_JS_BEFORE_ACTION);
    // The first use brings the tool to life.
    const first = page.locator('main astro-island').first().locator('input, select, textarea, button').first();
    await first.focus();
    await expect(page.locator('main astro-island').first()).not.toHaveAttribute('ssr', /.*/);
    await js.settle();
    expect(js.total()).toBeGreaterThan(TOOL_JS_BEFORE_ACTION / 3);
  });
}

for (const path of [...plainChapters, LIVE_CHAPTER]) {
  test(`${path}: at most 4 KB of JavaScript before the reader acts, 50 KB in all (gzip)`, async ({ page }, info) => {
    if (path !== LIVE_CHAPTER) expect(htmlOf(distOf(info), path)).not.toContain('<astro-island');
    const bytes = { js: 0, css: 0, html: 0 };
    const pending: Promise<void>[] = [];
    page.on('response', (r) => {
      const type = r.request().resourceType();
      const kind = type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : type === 'document' ? 'html' : null;
      if (!kind) return;
      pending.push(
        r.body().then((b) => {
          bytes[kind] += gzipSync(b, { level: 9 }).length;
        }),
      );
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await page.mouse.move(5, 5); // hovering is not acting
    await page.waitForTimeout(200);
    await Promise.all(pending);
    expect(bytes.js).toBeGreaterThan(0);
    expect(bytes.js).toBeLessThanOrEqual(JS_BEFORE_ACTION);
    expect(bytes.js + bytes.css + bytes.html).toBeLessThanOrEqual(TOTAL);
  });
}

/** The chart code a page fetched over the network (not from the cache), gzip bytes by URL. */
function countChartCode(page: Page) {
  const fetched = new Map<string, number>();
  const pending: Promise<void>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() !== 'script' || !/\/_astro\/[^/]*chart[^/]*\.js$/.test(new URL(r.url()).pathname))
      return;
    pending.push(
      (async () => {
        // A script the HTTP cache served crossed no network: the encoded body it received is empty.
        const { responseBodySize } = await r.request().sizes();
        if (responseBodySize > 0) fetched.set(r.url(), gzipSync(await r.body(), { level: 9 }).length);
      })(),
    );
  });
  return {
    /** The gzip bytes fetched so far, and forgets them. */
    take: async () => {
      await Promise.all(pending.splice(0));
      const taken = [...fetched];
      fetched.clear();
      return {
        urls: taken.map(([u]) => new URL(u).pathname.replace(/^.*\//, '')),
        bytes: taken.reduce((n, [, b]) => n + b, 0),
      };
    },
  };
}

/** Waits until every chart canvas in the page's main has painted something. */
async function chartsDrawn(page: Page): Promise<void> {
  for (const canvas of await page.locator('main canvas').all()) await canvas.scrollIntoViewIfNeeded();
  await expect
    .poll(() =>
      page.evaluate(() => {
        const canvases = [...document.querySelectorAll('main canvas')] as HTMLCanvasElement[];
        return (
          canvases.length > 0 &&
          canvases.every((c) => {
            const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
            for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
            return false;
          })
        );
      }),
    )
    .toBe(true);
}

test('chart.js comes once: a second tool’s chart fetches at most 10 KB more chart code (gzip)', async ({ page }) => {
  const charts = countChartCode(page);
  // The value quiz, answered in the address so that its bar chart shows.
  const answers = STATEMENTS.map((s, i) => `${s.id}=${(i % 5) + 1}`).join('&');
  await page.goto(`tools/value-quiz/?${answers}`);
  await hydrated(page);
  await chartsDrawn(page);
  const first = await charts.take();
  // chart.js itself came with the first chart.
  expect(
    first.urls.some((u) => /^chart\./.test(u)),
    first.urls.join(', '),
  ).toBe(true);
  expect(first.bytes).toBeGreaterThan(30 * KB);
  // Then the anxiety gap's line chart, in the same browser: only its setup and its controller are new.
  await page.goto('tools/anxiety-gap/');
  await hydrated(page);
  await chartsDrawn(page);
  const second = await charts.take();
  expect(
    second.urls.some((u) => /^chart\./.test(u)),
    second.urls.join(', '),
  ).toBe(false);
  expect(second.bytes, second.urls.join(', ')).toBeGreaterThan(0);
  expect(second.bytes, second.urls.join(', ')).toBeLessThanOrEqual(SECOND_CHART);
});

test(`the offline edition of both languages is at most ${OFFLINE_ZIP.toLocaleString('en')} bytes`, ({}, info) => {
  const bytes = statSync(join(distOf(info), offline.zipPath)).size;
  expect(bytes).toBeLessThanOrEqual(OFFLINE_ZIP);
});
