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
