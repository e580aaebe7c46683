#!/usr/bin/env node
// The Kano survey at research scale: 20,000 respondents by 30 features, with a segment column and an
// importance rating per feature, read, mapped and analysed with every option (modified table, the
// A+O+M against I+R+Q rule, respondent limits on Q and I, Wilson intervals, the binomial and Fong
// tests, category and total strength, chi-square per feature across four segments, the priority
// list) in Node, as the survey view's worker runs it. Bundles the model from src/lib with esbuild,
// runs it five times and prints the median; fails if a run's counts are wrong.
// Usage: npm run bench:kano [-- --respondents 20000 --features 30]
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
    "import { benchCsv, fullBenchSurvey } from './src/lib/kano/bench-data';",
    "import { priorityList } from './src/lib/kano/priority';",
    "import { runSurvey } from './src/lib/kano/survey';",
    "import { answerRecognition } from './src/lib/kano/answers';",
    ...langs.map((l, i) => `import { kanoAnswers as w${i} } from './src/i18n/${l}/kano-answers';`),
    `export const wordings = [${langs.map((_, i) => `w${i}`).join(', ')}];`,
    'export { benchCsv, fullBenchSurvey, priorityList, runSurvey, answerRecognition };',
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
export async function kanoBench({ respondents = 20_000, features = 30, runs = 5 } = {}) {
  const model = await loadKanoModel();
  const recognition = model.answerRecognition(model.wordings);
  const { csv, mapping } = model.fullBenchSurvey(respondents, features);
  const options = { table: 'pouliot', rule: 'aom-vs-irq', maxQuestionable: 6, maxIndifferent: 15 };
  const times = [];
  // CPU time of this thread too: on a shared, loaded machine the wall-clock time mostly measures the queue.
  const cpu = [];
  let leftOut = 0;
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const result = model.runSurvey(csv, recognition, { mapping, options });
    const priority = result.analysis && model.priorityList(result.analysis.overall.features, 'importance');
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    const analysis = result.analysis;
    const f = analysis?.filter;
    if (f?.before !== respondents || analysis.respondents !== respondents - f.leftOut || f.leftOut === 0)
      throw new Error(
        `Kano bench: run ${run + 1} read ${f?.before} respondents, expected ${respondents}, some left out`,
      );
    if (analysis.overall.features.length !== features || analysis.segments.length !== 4)
      throw new Error('Kano bench: features or segments missing');
    const first = analysis.overall.features[0];
    if (first?.betterInterval === undefined || first.fong === undefined || first.importance.n === 0)
      throw new Error('Kano bench: no Better interval, Fong test or importance computed');
    if (analysis.segmentTests.some((t) => t === undefined)) throw new Error('Kano bench: a segment test is missing');
    if (priority?.flatMap((g) => g.features).length !== features)
      throw new Error('Kano bench: priority list incomplete');
    leftOut = f.leftOut;
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  return { megabytes: csv.length / 1e6, times, cpu, leftOut, median: median(times), cpuMedian: median(cpu) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { respondents: { type: 'string', default: '20000' }, features: { type: 'string', default: '30' } },
  });
  const r = await kanoBench({ respondents: Number(values.respondents), features: Number(values.features) });
  console.log(
    `Kano survey, ${values.respondents} x ${values.features} with segments and importance (${r.megabytes.toFixed(2)} MB), read, map and analyse with every option (${r.leftOut} respondents left out by the limits): runs ${r.times.map((t) => t.toFixed(0)).join(', ')} ms; median ${r.median.toFixed(0)} ms (CPU time median ${r.cpuMedian.toFixed(0)} ms)`,
  );
}
