import { expect, type Page, test } from '@playwright/test';
import { benchCsv } from '../../src/lib/kano/bench-data';
import { hydrated } from './support/islands';

const TOOL = 'tools/kano/';
/** Features in the wide file (the case is 600); KANO_WIDE_FEATURES measures other widths. */
const FEATURES = Number(process.env['KANO_WIDE_FEATURES'] ?? 600);
/**
 * The goal is 100 ms for both. Measured in CPU time per task (tooling/bench-kano-browser.mjs),
 * the longest task is now about 85 ms and a keystroke about 50 ms (265 and 215 before). These are
 * wall-clock bounds, generous for a loaded test machine (here, at a load of 25 on 2 cores, the longest
 * task took 0.2 to 0.6 s and a keystroke up to 0.9 s).
 */
const LOAD_BOUND_MS = 750;
const KEY_BOUND_MS = 1_000;

interface Timings {
  long: { start: number; duration: number }[];
  events: { name: string; start: number; duration: number }[];
}

/** Records long tasks and slow input events (Event Timing) from the page's first script on. */
async function watchTimings(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __timings: Timings };
    w.__timings = { long: [], events: [] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__timings.long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.__timings.events.push({ name: e.name, start: e.startTime, duration: e.duration });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  });
}

const timings = (page: Page) => page.evaluate(() => (window as unknown as { __timings: Timings }).__timings);
const now = (page: Page) => page.evaluate(() => performance.now());

async function surveyMode(page: Page) {
  await page.goto(TOOL);
  await hydrated(page);
  await page.getByRole('radio', { name: 'A survey (CSV)' }).check();
}

test(`a ${FEATURES}-feature file is mapped with no long task over ${LOAD_BOUND_MS} ms, and a keystroke in the mapping shows within ${KEY_BOUND_MS} ms`, async ({
  page,
}) => {
  test.setTimeout(180_000);
  const csv = benchCsv(10, FEATURES, 11);
  // The file: an id column and two answer columns per feature, ten respondents.
  expect(csv.split('\n', 1)[0]?.split(',')).toHaveLength(1 + 2 * FEATURES);
  await watchTimings(page);
  await surveyMode(page);
  const start = await now(page);
  await page
    .getByLabel('Or choose a CSV file')
    .setInputFiles({ name: 'wide.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  // Waits by CSS and text only: role queries walk the whole page and would be long tasks of the test's own.
  await page.waitForFunction(
    (n) =>
      [...document.querySelectorAll('.cx-kano__status')].some((s) =>
        s.textContent?.includes(`${n} features classified`),
      ),
    FEATURES,
    { timeout: 150_000, polling: 200 },
  );
  const first = page.locator('input[aria-label="Functional column of “Feature 1”"]');
  await expect(first).toHaveValue('B: Feature 1 (functional)');
  const ready = (await now(page)) - start;

  // The results of 600 features (tables and charts) are drawn in later tasks: keystrokes are measured once the page is idle.
  await page.waitForFunction(
    () => {
      const long = (window as unknown as { __timings: Timings }).__timings.long;
      const last = long.at(-1);
      return last === undefined || performance.now() - (last.start + last.duration) > 500;
    },
    null,
    { polling: 100, timeout: 30_000 },
  );
  // Keystrokes in mapping controls of a feature in the middle of the page: its column field, then its name.
  const column = page.locator('input[aria-label="Dysfunctional column of “Feature 13”"]');
  await column.focus();
  const typed = await now(page);
  await page.keyboard.press('End');
  await page.keyboard.type('z');
  await expect(column).toHaveValue('AA: Feature 13 (dysfunctional)z');
  const name = page.locator('input[aria-label="Name of feature 13"]');
  await name.focus();
  await page.keyboard.press('End');
  await page.keyboard.type('x');
  await expect(name).toHaveValue('Feature 13x');
  await page.waitForTimeout(500);

  const t = await timings(page);
  const longest = Math.max(0, ...t.long.filter((l) => l.start >= start).map((l) => l.duration));
  const slowestKey = Math.max(0, ...t.events.filter((e) => e.start >= typed).map((e) => e.duration));
  console.log(
    `kano wide ${FEATURES} features: mapped after ${Math.round(ready)} ms; longest task ${Math.round(longest)} ms; slowest keystroke ${Math.round(slowestKey)} ms`,
  );
  // The results of 600 features are drawn in stages and blocks of rows, each its own task.
  expect(longest).toBeLessThan(LOAD_BOUND_MS);
  // The column suggestions hold only the matches of what is typed, not all 1,201 columns.
  expect(slowestKey).toBeLessThan(KEY_BOUND_MS);
});

test('a large file of blank lines is named as a problem, not taken for a stop', async ({ page }) => {
  await surveyMode(page);
  const blank = ' \r\n\n\t\n'.repeat(40_000);
  expect(blank.length).toBeGreaterThan(60_000); // large enough to be read by the worker
  await page
    .getByLabel('Or choose a CSV file')
    .setInputFiles({ name: 'blank.csv', mimeType: 'text/csv', buffer: Buffer.from(blank) });
  await expect(page.getByRole('heading', { name: /problems? found/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('There is nothing to read: paste a survey or choose a file.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Stopped/ })).toHaveCount(0);
});

test('removing a feature row of the column mapping can be undone', async ({ page }) => {
  await surveyMode(page);
  await page.getByRole('button', { name: 'Load the sample survey' }).click();
  const mapping = page.getByRole('table', { name: 'Column mapping' });
  await expect(mapping.getByRole('row')).toHaveCount(6); // the sample's five features and the header row
  const second = mapping.getByRole('textbox', { name: 'Name of feature 2', exact: true });
  const name = await second.inputValue();
  const results = page.getByRole('table', { name: 'Results per feature', exact: true });
  await expect(results.getByRole('row', { name: new RegExp(`^${name}`) })).toBeVisible();
  await mapping.getByRole('button', { name: `Not a feature: remove “${name}”` }).click();
  await expect(mapping.getByRole('row')).toHaveCount(5);
  await expect(page.getByText(`Feature “${name}” removed from the mapping.`)).toBeVisible();
  await expect(results.getByRole('row', { name: new RegExp(`^${name}`) })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(mapping.getByRole('row')).toHaveCount(6);
  await expect(second).toHaveValue(name);
  await expect(results.getByRole('row', { name: new RegExp(`^${name}`) })).toBeVisible();
});
