#!/usr/bin/env node
// The benchmark: builds the site (median of several builds), then weighs every page.
// Usage: npm run bench [-- --runs 3] [--lh-runs 3] [--lh-pages tools/] [--no-lighthouse] ;
// writes bench-results/latest.json too. Lighthouse (mobile) runs over every page, served by
// tooling/serve.mjs; --lh-pages keeps the pages whose path contains the given text.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { buildEdition } from '../src/features/offline/edition.mjs';
import { offline } from '../src/i18n/en/offline.ts';
import { kanoBench } from './kano-bench.mjs';
import { formatHeader, lighthouseRows } from './lib/lighthouse.mjs';
import { folderSize, weighPage } from './lib/weigh.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'no-build': { type: 'boolean' },
    'lh-runs': { type: 'string' },
    'lh-pages': { type: 'string', default: '' },
    'no-lighthouse': { type: 'boolean' },
  },
});
const dist = 'dist';
const base = '/';

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const times = [];
if (!values['no-build']) {
  for (let i = 0; i < Number(values.runs); i++) {
    const start = performance.now();
    // A public address, as a host gives one, so the hreflang links are absolute as on a real deploy.
    const env = { ...process.env, SITE_BASE: base, SITE_URL: process.env.SITE_URL ?? 'https://cx-spectrum.example/' };
    execFileSync('npx', ['astro', 'build', '--silent'], { stdio: 'inherit', env });
    times.push((performance.now() - start) / 1000);
  }
}

function pages(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return ['_astro', 'pagefind'].includes(e.name) ? [] : pages(full);
    return e.name.endsWith('.html') ? [relative(dist, full).split(sep).join('/')] : [];
  });
}

const rows = pages(dist)
  .map((p) => weighPage(dist, base, p.replace(/index\.html$/, '')))
  .sort((a, b) => a.page.localeCompare(b.page));
const kb = (n) => (n / 1024).toFixed(1).padStart(6);
const header = `${'page'.padEnd(36)} ${'HTML'.padStart(6)} ${'CSS'.padStart(6)} ${'JS load'.padStart(8)} ${'inline'.padStart(6)} ${'JS later'.padStart(8)} ${'total'.padStart(6)}`;
console.log('\nBytes per page, gzip, KB (JS load: loads with the page; JS later: islands and code loaded on demand)\n');
console.log(header);
for (const r of rows) {
  const total = r.html + r.css + r.jsLoad;
  console.log(
    `${(`/${r.page}`).padEnd(36)} ${kb(r.html)} ${kb(r.css)} ${kb(r.jsLoad).padStart(8)} ${kb(r.jsInline)} ${kb(r.jsDemand).padStart(8)} ${kb(total)}`,
  );
}
const index = folderSize(join(dist, 'pagefind'), readdirSync);
console.log(`\nPagefind index: ${(index.bytes / 1024).toFixed(1)} KB in ${index.files} files`);
// The offline edition: the zip the build wrote, and the time to build it again from the same dist
// (the build does it inside astro build; here it is timed alone, median of the same number of runs).
const zipBytes = statSync(join(dist, offline.zipPath)).size;
const scratch = mkdtempSync(join(tmpdir(), 'cx-bench-'));
const editionTimes = [];
for (let i = 0; i < Math.max(1, Number(values.runs)); i++) {
  const run = await buildEdition({ dist, base, strings: offline, zipFile: join(scratch, 'edition.zip') });
  editionTimes.push(run.seconds);
}
rmSync(scratch, { recursive: true, force: true });
console.log(
  `Offline edition: ${(zipBytes / 1024).toFixed(1)} KB zip, built in median ${median(editionTimes).toFixed(2)} s`,
);
// The Kano survey at research scale: 20,000 respondents by 30 features with segments and importance,
// analysed with every option (tooling/kano-bench.mjs), median of five runs. Budget: 1 s.
const kano = await kanoBench();
console.log(
  `Kano survey, 20,000 x 30, read, map and analyse with every option: runs ${kano.times.map((t) => t.toFixed(0)).join(', ')} ms; median ${kano.median.toFixed(0)} ms (CPU time median ${kano.cpuMedian.toFixed(0)} ms)`,
);
const kanoMedianMs = Math.round(kano.median);
if (times.length > 0) {
  console.log(
    `Build time: median ${median(times).toFixed(1)} s of ${times.length} (${times.map((t) => t.toFixed(1)).join(', ')})`,
  );
}
// Lighthouse, mobile: one row per page, the median of --lh-runs runs (default: --runs). Timings are
// too noisy for CI, which checks bytes only (tests/e2e/budget.spec.ts).
let lighthouse = [];
if (!values['no-lighthouse']) {
  const lhRuns = Number(values['lh-runs'] ?? values.runs);
  const lhPages = rows.map((r) => r.page).filter((p) => p.includes(values['lh-pages']));
  console.log(`\nLighthouse, mobile, median of ${lhRuns} run(s) per page (LCP and TBT simulated; KB transferred)\n`);
  console.log(formatHeader());
  lighthouse = await lighthouseRows({ dist, base, pages: lhPages, runs: lhRuns });
}
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/latest.json',
  JSON.stringify(
    {
      rows,
      pagefind: index,
      buildSeconds: times,
      offlineEdition: { zipBytes, buildSeconds: editionTimes },
      kanoMedianMs,
      lighthouse,
    },
    null,
    2,
  ),
);
