#!/usr/bin/env node
// The Kano survey at classroom-and-beyond scale: 10,000 respondents by 30 features, read, mapped,
// classified, with Wilson intervals and tests, in Node, as the survey view's worker runs it. Bundles
// the model from src/lib with esbuild, runs it five times and prints the median; fails if a run's
// counts are wrong. Usage: npm run bench:kano [-- --respondents 10000 --features 30]
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Loads the model from src/lib and every language's answer wordings, bundled into a temporary ES module. */
export async function loadKanoModel() {
  const langs = readdirSync(join(root, 'src/i18n'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  const entry = [
    "import { benchCsv } from './src/lib/kano/bench-data';",
    "import { runSurvey } from './src/lib/kano/survey';",
    "import { answerRecognition } from './src/lib/kano/answers';",
    ...langs.map((l, i) => `import { kanoAnswers as w${i} } from './src/i18n/${l}/kano-answers';`),
    `export const wordings = [${langs.map((_, i) => `w${i}`).join(', ')}];`,
    'export { benchCsv, runSurvey, answerRecognition };',
  ].join('\n');
  const out = await esbuild.build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'kano-bench-entry.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const file = join(tmpdir(), `cx-kano-bench-${process.pid}.mjs`);
  writeFileSync(file, out.outputFiles[0]?.text ?? '');
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(file, { force: true });
  }
}

/** Runs the benchmark `runs` times; returns the CSV size, each run's milliseconds and the median. */
export async function kanoBench({ respondents = 10_000, features = 30, runs = 5 } = {}) {
  const model = await loadKanoModel();
  const recognition = model.answerRecognition(model.wordings);
  const csv = model.benchCsv(respondents, features);
  const times = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    const result = model.runSurvey(csv, recognition);
    times.push(performance.now() - start);
    const analysis = result.analysis;
    if (analysis?.respondents !== respondents || analysis.overall.features.length !== features)
      throw new Error(`Kano bench: run ${run + 1} read ${analysis?.respondents} respondents, expected ${respondents}`);
    if (analysis.overall.features[0]?.betterInterval === undefined)
      throw new Error('Kano bench: no Better interval computed');
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { megabytes: csv.length / 1e6, times, median: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { respondents: { type: 'string', default: '10000' }, features: { type: 'string', default: '30' } },
  });
  const r = await kanoBench({ respondents: Number(values.respondents), features: Number(values.features) });
  console.log(
    `Kano survey, ${values.respondents} x ${values.features} (${r.megabytes.toFixed(2)} MB), read, map, classify, intervals and tests: runs ${r.times.map((t) => t.toFixed(0)).join(', ')} ms; median ${r.median.toFixed(0)} ms`,
  );
}
