import type { ColumnMapping } from './mapping';
import { seededRandom } from './random';
import { surveyHeader } from './sample';

/** A large deterministic survey for benchmarks: answers as numbers 1 to 5 (default 10,000 x 30). */
export function benchCsv(respondents = 10_000, features = 30, seed = 7): string {
  const random = seededRandom(seed);
  const names = Array.from({ length: features }, (_, i) => `Feature ${i + 1}`);
  const lines = [surveyHeader(names).join(',')];
  for (let r = 1; r <= respondents; r += 1) {
    const cells = [`R${r}`];
    for (let i = 0; i < features * 2; i += 1) cells.push(String(1 + Math.floor(random() * 5)));
    lines.push(cells.join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** Segments of the full benchmark survey. */
const BENCH_SEGMENTS = ['North', 'East', 'South', 'West'];

/**
 * The benchmark survey with every column the analysis can use: a segment column (four segments) and,
 * per feature, an importance rating 1 to 10 after its two answers; with the mapping that reads it.
 */
export function fullBenchSurvey(
  respondents = 20_000,
  features = 30,
  seed = 7,
): { csv: string; mapping: ColumnMapping } {
  const random = seededRandom(seed);
  const names = Array.from({ length: features }, (_, i) => `Feature ${i + 1}`);
  const header = [
    'Respondent',
    'Segment',
    ...names.flatMap((n) => [`${n} (functional)`, `${n} (dysfunctional)`, `${n} importance`]),
  ];
  const lines = [header.join(',')];
  for (let r = 1; r <= respondents; r += 1) {
    const cells = [`R${r}`, BENCH_SEGMENTS[r % BENCH_SEGMENTS.length] ?? ''];
    for (let i = 0; i < features; i += 1)
      cells.push(
        String(1 + Math.floor(random() * 5)),
        String(1 + Math.floor(random() * 5)),
        String(1 + Math.floor(random() * 10)),
      );
    lines.push(cells.join(','));
  }
  const mapping: ColumnMapping = {
    features: names.map((name, i) => ({
      name,
      functional: 2 + 3 * i,
      dysfunctional: 3 + 3 * i,
      importance: 4 + 3 * i,
    })),
    segment: 1,
  };
  return { csv: `${lines.join('\n')}\n`, mapping };
}
