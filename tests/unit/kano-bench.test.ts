import { describe, expect, it } from 'vitest';
import { benchCsv } from '../../src/lib/kano/bench-data';
import { runSurvey } from '../../src/lib/kano/survey';

// Run with: KANO_BENCH=1 npx vitest run tests/unit/kano-bench.test.ts
describe.runIf(process.env.KANO_BENCH)('Kano survey benchmark: 10,000 respondents x 30 features', () => {
  it('reads, maps, classifies and computes intervals and tests; prints the median of 5 runs', () => {
    const csv = benchCsv(10_000, 30);
    const times: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const start = performance.now();
      const result = runSurvey(csv);
      times.push(performance.now() - start);
      expect(result.analysis?.respondents).toBe(10_000);
      expect(result.analysis?.overall.features).toHaveLength(30);
      expect(result.analysis?.overall.features[0]?.betterInterval).toBeDefined();
    }
    const median = [...times].sort((a, b) => a - b)[2] ?? Number.NaN;
    console.log(
      `kano bench: ${(csv.length / 1e6).toFixed(2)} MB; runs ${times.map((t) => t.toFixed(0)).join(', ')} ms; median ${median.toFixed(0)} ms`,
    );
  });
});
