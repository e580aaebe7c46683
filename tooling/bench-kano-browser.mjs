#!/usr/bin/env node
// The Kano survey view's main thread, measured in Chromium against a built site (issue 25 item 8 and
// issue 26's wide file). Two cases, each in a fresh page, `--runs` times:
//  - survey: 20,000 respondents x 30 features with a segment column and importance, read from a file,
//    then segments chosen, then both respondent limits set (every option), each step a worker run and
//    a render of its results; reports the worker wall time of the last run and the longest main-thread
//    task (PerformanceObserver 'longtask') from the file on;
//  - wide: 600 features x 10 rows read from a file; the longest task from the file on, and the slowest
//    keystroke (Event Timing) typed into a mapping column field and a feature name once the page is idle.
// Prints each run and the medians. Build first (`npm run build`); the site is served from --dir.
// --no-trace leaves Chrome's trace off: the wall times are then the page's own (the trace's timeline
// categories make every task slower), and the CPU columns are left out.
// Usage: node tooling/bench-kano-browser.mjs [--runs 3] [--case survey|wide|both] [--port 4613] [--dir dist] [--no-trace]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { loadKanoModel } from './kano-bench.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    case: { type: 'string', default: 'both' },
    port: { type: 'string', default: process.env.E2E_PORT ?? '4613' },
    dir: { type: 'string', default: 'dist' },
    features: { type: 'string', default: '600' },
    'no-trace': { type: 'boolean' },
  },
});
const runs = Number(values.runs);
const tracing = !values['no-trace'];

/** Starts Chrome's trace for `page` when tracing is on. */
const startTrace = (browser, page) => (tracing ? browser.startTracing(page, { categories: CATEGORIES }) : undefined);
/** The trace's main-thread tasks (see traceTasks); with tracing off, none. */
const stopTrace = async (browser) =>
  tracing ? traceTasks(await browser.stopTracing()) : { wall: Number.NaN, cpu: Number.NaN, heaviest: ' (not traced)' };
const base = `http://localhost:${values.port}/`;

/** Starts the static server unless one answers on the port already; returns a stop function. */
async function serve() {
  const up = async () => {
    try {
      return (await fetch(base)).ok;
    } catch {
      return false;
    }
  };
  if (await up()) return () => undefined;
  const child = spawn(process.execPath, ['tooling/serve.mjs', '--dir', values.dir, '--port', values.port], {
    cwd: root,
    stdio: 'ignore',
  });
  for (let i = 0; i < 100 && !(await up()); i += 1) await new Promise((r) => setTimeout(r, 100));
  return () => child.kill();
}

/** Records long tasks and slow input events from the page's first script on. */
const WATCH = () => {
  window.__timings = { long: [], events: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__timings.long.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__timings.events.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
};

const now = (page) => page.evaluate(() => performance.now());
const longest = (page, from) =>
  page.evaluate((f) => Math.max(0, ...window.__timings.long.filter((l) => l.start >= f).map((l) => l.duration)), from);
const slowestEvent = (page, from) =>
  page.evaluate(
    (f) => Math.max(0, ...window.__timings.events.filter((l) => l.start >= f).map((l) => l.duration)),
    from,
  );

/** Waits until no long task has ended for 500 ms (deferred rendering included). */
const idle = (page) =>
  page.waitForFunction(
    () => {
      const last = window.__timings.long.at(-1);
      return last === undefined || performance.now() - (last.start + last.duration) > 500;
    },
    null,
    { polling: 100, timeout: 60_000 },
  );

const statusText = (page) =>
  page.evaluate(() => [...document.querySelectorAll('.cx-kano__status')].map((s) => s.textContent).join('|'));

/**
 * Waits for a finished reading whose status differs from `before`; returns the worker's reported ms. A
 * reading that ends with the very same words (the same count and the same milliseconds) is taken as
 * finished once the page has shown no reading under way for 20 s.
 */
async function finished(page, before) {
  const done = () =>
    page.evaluate(
      () =>
        /Read and classified in/.test(
          [...document.querySelectorAll('.cx-kano__status')].map((x) => x.textContent).join('|'),
        ) && document.querySelector('.cx-kano__survey progress') === null,
    );
  await waitForNew(page, before).catch(async (error) => {
    if (!(await done())) throw error;
  });
  const m = /Read and classified in ([\d,]+) ms/.exec(await statusText(page));
  return m ? Number(m[1].replace(/,/g, '')) : Number.NaN;
}

/** Waits up to 20 s for a finished reading whose status differs from `before`. */
async function waitForNew(page, before) {
  await page.waitForFunction(
    (b) => {
      const s = [...document.querySelectorAll('.cx-kano__status')].map((x) => x.textContent).join('|');
      return (
        s !== b && /Read and classified in/.test(s) && document.querySelector('.cx-kano__survey progress') === null
      );
    },
    before,
    { polling: 50, timeout: 20_000 },
  );
}

async function openSurvey(browser) {
  const page = await browser.newPage();
  await page.addInitScript(WATCH);
  await page.goto(`${base}tools/kano/`);
  const island = page.locator('main astro-island').first();
  await island.scrollIntoViewIfNeeded();
  await island.dispatchEvent('focusin');
  await page.waitForFunction(() => !document.querySelector('main astro-island')?.hasAttribute('ssr'));
  await page.getByRole('radio', { name: 'A survey (CSV)' }).check();
  return page;
}

async function surveyCase(browser, csv) {
  const page = await openSurvey(browser);
  await startTrace(browser, page);
  const start = await now(page);
  let before = await statusText(page);
  await page.getByLabel('Or choose a CSV file').setInputFiles(csv);
  const firstMs = await finished(page, before);
  await idle(page);
  const afterRead = await longest(page, start);
  // Segments by column B, then both respondent limits: every option on.
  const t1 = await now(page);
  before = await statusText(page);
  await page.getByLabel('Compare segments by column').selectOption('1');
  await finished(page, before);
  await idle(page);
  const afterSegments = await longest(page, t1);
  const t2 = await now(page);
  before = await statusText(page);
  const q = page.getByLabel('Most questionable (Q) answer pairs allowed per respondent');
  await q.fill('6');
  await q.blur();
  await finished(page, before);
  await idle(page);
  before = await statusText(page);
  const i = page.getByLabel('Most indifferent (I) answer pairs allowed per respondent');
  await i.fill('15');
  await i.blur();
  const lastMs = await finished(page, before);
  await idle(page);
  const afterLimits = await longest(page, t2);
  const all = await longest(page, start);
  const trace = await stopTrace(browser);
  await page.close();
  console.log(`  longest tasks' parts (CPU ms): ${trace.heaviest}`);
  return { firstMs, lastMs, afterRead, afterSegments, afterLimits, all, ...(tracing ? { cpu: trace.cpu } : {}) };
}

async function wideCase(browser, csv, features) {
  const page = await openSurvey(browser);
  await startTrace(browser, page);
  const start = await now(page);
  const before = await statusText(page);
  await page.getByLabel('Or choose a CSV file').setInputFiles(csv);
  await finished(page, before);
  const mapped = (await now(page)) - start;
  await idle(page);
  const load = await longest(page, start);
  const loadTrace = await stopTrace(browser);
  console.log(`  reading: longest tasks' parts (CPU ms): ${loadTrace.heaviest}`);
  await startTrace(browser, page);
  const column = page.locator('input[aria-label="Dysfunctional column of “Feature 13”"]');
  await column.focus();
  const typed = await now(page);
  await page.keyboard.press('End');
  await page.keyboard.type('z');
  const name = page.locator('input[aria-label="Name of feature 13"]');
  await name.focus();
  await page.keyboard.press('End');
  await page.keyboard.type('x');
  await page.waitForTimeout(300);
  const key = await slowestEvent(page, typed);
  const keyTask = await longest(page, typed);
  const keyTrace = await stopTrace(browser);
  console.log(`  typing: longest tasks' parts (CPU ms): ${keyTrace.heaviest}`);
  await page.close();
  if (features < 13) throw new Error('the wide case types into feature 13');
  const cpu = tracing ? { loadCpu: loadTrace.cpu, keyCpu: keyTrace.cpu } : {};
  return { mapped, load, key, keyTask, ...cpu };
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];

/**
 * The renderer main thread's tasks from a Chrome trace: the longest by wall time (`dur`) and by the
 * thread's own CPU time (`tdur`; on a loaded machine wall time mostly measures the wait for a core),
 * and the longest task's heaviest parts by kind (script, style, layout, paint) in CPU ms.
 */
function traceTasks(buffer) {
  const events = JSON.parse(buffer.toString()).traceEvents ?? [];
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`));
  // Each task once: the scheduler's own event where the trace has it, else Blink's.
  const outer = onMain.some((e) => e.name === 'ThreadControllerImpl::RunTask')
    ? 'ThreadControllerImpl::RunTask'
    : 'RunTask';
  const tasks = onMain.filter((e) => e.name === outer);
  const wall = Math.max(0, ...tasks.map((t) => t.dur / 1000));
  const byCpu = [...tasks].sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0));
  const cpu = (byCpu[0]?.tdur ?? 0) / 1000;
  /** A task's heaviest parts by kind, in CPU ms. */
  const partsOf = (top) => {
    const parts = {};
    for (const e of onMain)
      if (e.ts >= top.ts && e.ts + e.dur <= top.ts + top.dur && e.tdur !== undefined && !/RunTask/.test(e.name))
        parts[e.name] = (parts[e.name] ?? 0) + e.tdur / 1000;
    return Object.entries(parts)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([k, v]) => `${k} ${Math.round(v)}`)
      .join(', ');
  };
  if (process.env.KANO_BENCH_DEBUG && byCpu[0]) {
    const t0 = byCpu[0];
    for (const e of onMain)
      if (e.ts >= t0.ts && e.ts + e.dur <= t0.ts + t0.dur && e.name === 'Layout')
        console.log(
          '   layout',
          Math.round(e.tdur / 1000),
          JSON.stringify(e.args?.beginData),
          JSON.stringify(e.args?.endData).slice(0, 200),
        );
    const parents = onMain.filter((e) => e.ts <= t0.ts && e.ts + e.dur >= t0.ts + t0.dur).map((e) => e.name);
    console.log('   around', parents.join(' > '));
    const first = Math.min(...tasks.map((t) => t.ts));
    const at = (t) => Math.round((t.ts - first) / 1000);
    console.log(
      '   top at',
      at(t0),
      'messages at',
      onMain
        .filter((e) => e.name === 'HandlePostMessage' && e.tdur > 5000)
        .map((e) => `${at(e)}(${Math.round(e.tdur / 1000)})`)
        .join(' '),
    );
    console.log(
      '   >40ms tasks at',
      byCpu
        .filter((t) => t.tdur > 40000)
        .map((t) => `${at(t)}(${Math.round(t.tdur / 1000)})`)
        .join(' '),
    );
  }
  const heaviest = byCpu
    .slice(0, 3)
    .map((t) => `\n    ${Math.round(t.tdur / 1000)} ms: ${partsOf(t)}`)
    .join('');
  return { wall, cpu, heaviest };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (o) =>
  Object.entries(o)
    .map(([k, v]) => `${k} ${Math.round(v)}`)
    .join(', ');

// Files are handed over by path: a buffer would be copied into the page by a script of Playwright's own,
// a long task (seconds for 4 MB) that is not the page's.
const files = mkdtempSync(join(tmpdir(), 'cx-kano-browser-'));
const stop = await serve();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const model = await loadKanoModel();
  for (const which of ['survey', 'wide']) {
    if (values.case !== 'both' && values.case !== which) continue;
    const features = Number(values.features);
    const csv = join(files, `${which}.csv`);
    writeFileSync(csv, which === 'survey' ? model.fullBenchSurvey(20_000, 30).csv : model.benchCsv(10, features, 11));
    const results = [];
    for (let r = 0; r < runs; r += 1) {
      const res = which === 'survey' ? await surveyCase(browser, csv) : await wideCase(browser, csv, features);
      results.push(res);
      console.log(`${which} run ${r + 1}: ${fmt(res)} (ms)`);
    }
    const keys = Object.keys(results[0] ?? {});
    console.log(
      `${which} median of ${runs}: ${fmt(Object.fromEntries(keys.map((k) => [k, median(results.map((x) => x[k]))])))} (ms)`,
    );
  }
} finally {
  await browser.close();
  stop();
  rmSync(files, { recursive: true, force: true });
}
