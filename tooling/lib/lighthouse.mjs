// Lighthouse over the built site: mobile defaults (simulated slow 4G and a 4x slower CPU), each page
// run several times, the median of each figure kept. Used by `npm run bench`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The Chromium to drive: CHROMIUM_PATH, or the usual Debian paths. */
function chromiumPath() {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
    .filter(Boolean)
    .find((p) => existsSync(p));
  if (!found) throw new Error('No Chromium found for Lighthouse; set CHROMIUM_PATH.');
  return found;
}

function median(xs) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Starts tooling/serve.mjs on `port` and resolves when it answers; returns a stop function. */
async function serve(dist, base, port) {
  const child = spawn(process.execPath, ['tooling/serve.mjs', '--dir', dist, '--base', base, '--port', String(port)], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`http://localhost:${port}${base}`);
      if (r.ok) return () => child.kill();
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  child.kill();
  throw new Error(`tooling/serve.mjs did not answer on port ${port}`);
}

/** One Lighthouse run of one URL: the four scores (0–100), LCP, TBT (ms), CLS and bytes transferred. */
async function audit(url, port) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  const score = (id) => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
  const num = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: num('largest-contentful-paint'),
    tbt: num('total-blocking-time'),
    cls: num('cumulative-layout-shift'),
    bytes: num('total-byte-weight'),
  };
}

/**
 * Runs Lighthouse `runs` times over each page (paths relative to the base) of the site in `dist`,
 * served by tooling/serve.mjs, and returns one row of medians per page.
 */
export async function lighthouseRows({ dist, base, pages, runs, port = 4399, log = console.log }) {
  const stop = await serve(dist, base, port);
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  const rows = [];
  try {
    for (const page of pages) {
      const url = `http://localhost:${port}${base}${page}`;
      const all = [];
      for (let i = 0; i < runs; i++) all.push(await audit(url, chrome.port));
      const row = { page, runs: all.length };
      for (const key of Object.keys(all[0])) row[key] = median(all.map((r) => r[key]));
      rows.push(row);
      log(formatRow(row));
    }
  } finally {
    await chrome.kill();
    stop();
  }
  return rows;
}

/** The table's header line. */
export function formatHeader() {
  return `${'page'.padEnd(36)} ${'perf'.padStart(4)} ${'a11y'.padStart(4)} ${'best'.padStart(4)} ${'seo'.padStart(4)} ${'LCP s'.padStart(6)} ${'TBT ms'.padStart(6)} ${'CLS'.padStart(5)} ${'KB'.padStart(6)}`;
}

/** One page's medians as a line of the table. */
export function formatRow(r) {
  return `${`/${r.page}`.padEnd(36)} ${String(r.performance).padStart(4)} ${String(r.accessibility).padStart(4)} ${String(r.bestPractices).padStart(4)} ${String(r.seo).padStart(4)} ${(r.lcp / 1000).toFixed(2).padStart(6)} ${Math.round(r.tbt).toString().padStart(6)} ${r.cls.toFixed(3).padStart(5)} ${(r.bytes / 1024).toFixed(1).padStart(6)}`;
}
