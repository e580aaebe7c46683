import { type Spread, spreadOf } from './stats';

/**
 * The commonly used asymmetric scores for the continuous reading of Kano answers (like, must-be,
 * neutral, live-with, dislike): functional 4, 2, 0, −1, −2; dysfunctional mirrored, −2, −1, 0, 2, 4.
 */
export const FUNCTIONAL_SCORES: readonly number[] = [4, 2, 0, -1, -2];
export const DYSFUNCTIONAL_SCORES: readonly number[] = [-2, -1, 0, 2, 4];

/** Mean and spread of the functional and dysfunctional scores of one feature. */
export interface ContinuousScores {
  functional: Spread;
  dysfunctional: Spread;
}

/** Scores one feature's answer pairs (levels 0-4, -1 skipped) on the asymmetric scale. */
export function continuousScores(functional: Iterable<number>, dysfunctional: Iterable<number>): ContinuousScores {
  const f: number[] = [];
  const d: number[] = [];
  const fs = [...functional];
  const ds = [...dysfunctional];
  fs.forEach((a, i) => {
    const b = ds[i] ?? -1;
    if (a < 0 || b < 0) return;
    f.push(FUNCTIONAL_SCORES[a] ?? 0);
    d.push(DYSFUNCTIONAL_SCORES[b] ?? 0);
  });
  return { functional: spreadOf(f), dysfunctional: spreadOf(d) };
}

/** Mean and sample spread of values given as counts per score (counts[k] answers scored scores[k]). */
export function spreadOfCounts(scores: readonly number[], counts: readonly number[]): Spread {
  let n = 0;
  let sum = 0;
  scores.forEach((s, k) => {
    const c = counts[k] ?? 0;
    n += c;
    sum += c * s;
  });
  if (n === 0) return { n: 0, mean: undefined, sd: undefined };
  const mean = sum / n;
  let m2 = 0;
  scores.forEach((s, k) => {
    m2 += (counts[k] ?? 0) * (s - mean) * (s - mean);
  });
  return { n, mean, sd: n > 1 ? Math.sqrt(m2 / (n - 1)) : undefined };
}
