import jStat from 'jstat';
import { seededRandom } from './random';

/** An interval for a share, as [low, high] between 0 and 1. */
export interface Interval {
  low: number;
  high: number;
}

/**
 * Wilson score interval for a proportion k/n at the given confidence (default 95 %).
 * Why Wilson: it is analytic (no resampling, so no worker and no seed), stays inside 0..1 and keeps
 * close to its stated coverage at small n and at shares near 0 or 1, where the plain Wald interval fails.
 * Undefined when n is 0.
 */
export function wilsonInterval(k: number, n: number, confidence = 0.95): Interval | undefined {
  if (!(n > 0) || k < 0 || k > n) return undefined;
  const z = jStat.normal.inv(1 - (1 - confidence) / 2, 0, 1);
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: k === 0 ? 0 : Math.max(0, centre - half), high: k === n ? 1 : Math.min(1, centre + half) };
}

/** The result of a two-sided exact binomial test of k successes in n trials against p = 0.5. */
export interface BinomialTest {
  k: number;
  n: number;
  /** Two-sided p-value; 1 when n is 0. */
  p: number;
}

/**
 * Exact two-sided binomial (sign) test that two counts a and b are equally likely:
 * p = min(1, 2 · P(X ≤ min(a, b))) with X ~ Binomial(a + b, 0.5).
 */
export function binomialTest(a: number, b: number): BinomialTest {
  const n = a + b;
  if (n <= 0) return { k: a, n: 0, p: 1 };
  const low = Math.min(a, b);
  return { k: a, n, p: Math.min(1, 2 * jStat.binomial.cdf(low, n, 0.5)) };
}

/** Chi-square test of independence on a table of counts (rows: groups, columns: categories). */
export interface ChiSquareTest {
  statistic: number;
  df: number;
  p: number;
  /** 'asymptotic' from the chi-square distribution, or 'monte-carlo' when an expected count is under 5. */
  method: 'asymptotic' | 'monte-carlo';
  /** The smallest expected count. */
  minExpected: number;
  /** Resamples used for the Monte Carlo p-value (0 when asymptotic). */
  resamples: number;
  /** Seed of the Monte Carlo resampling (shown so the p-value can be reproduced). */
  seed: number;
}

/** Resamples for the Monte Carlo p-value, and its fixed seed. */
export const MONTE_CARLO_RESAMPLES = 2000;
export const MONTE_CARLO_SEED = 20_251;

function statisticOf(table: readonly (readonly number[])[], rowSums: number[], colSums: number[], total: number) {
  let x2 = 0;
  table.forEach((row, i) => {
    row.forEach((o, j) => {
      const e = ((rowSums[i] ?? 0) * (colSums[j] ?? 0)) / total;
      if (e > 0) x2 += ((o - e) * (o - e)) / e;
    });
  });
  return x2;
}

/**
 * Pearson's chi-square test of independence. Rows or columns with no counts are dropped first.
 * When any expected count is under 5 the p-value is Monte Carlo: the pooled labels are shuffled
 * among the groups (margins fixed) `resamples` times with a fixed seed, p = (1 + hits) / (1 + resamples).
 * Undefined when fewer than two rows or two columns have counts.
 */
export function chiSquareTest(
  input: readonly (readonly number[])[],
  resamples = MONTE_CARLO_RESAMPLES,
  seed = MONTE_CARLO_SEED,
): ChiSquareTest | undefined {
  const colsAll = input[0]?.length ?? 0;
  const keepCols = Array.from({ length: colsAll }, (_, j) => j).filter((j) => input.some((r) => (r[j] ?? 0) > 0));
  const table = input.filter((r) => r.some((v) => v > 0)).map((r) => keepCols.map((j) => r[j] ?? 0));
  if (table.length < 2 || keepCols.length < 2) return undefined;
  const rowSums = table.map((r) => r.reduce((s, v) => s + v, 0));
  const colSums = keepCols.map((_, j) => table.reduce((s, r) => s + (r[j] ?? 0), 0));
  const total = rowSums.reduce((s, v) => s + v, 0);
  const statistic = statisticOf(table, rowSums, colSums, total);
  const df = (table.length - 1) * (keepCols.length - 1);
  let minExpected = Number.POSITIVE_INFINITY;
  for (const r of rowSums) for (const c of colSums) minExpected = Math.min(minExpected, (r * c) / total);
  if (minExpected >= 5) {
    return {
      statistic,
      df,
      p: 1 - jStat.chisquare.cdf(statistic, df),
      method: 'asymptotic',
      minExpected,
      resamples: 0,
      seed,
    };
  }
  const labels: number[] = [];
  colSums.forEach((c, j) => {
    for (let k = 0; k < c; k += 1) labels.push(j);
  });
  const random = seededRandom(seed);
  const sim = table.map((r) => r.map(() => 0));
  let hits = 0;
  for (let b = 0; b < resamples; b += 1) {
    for (let i = labels.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      const t = labels[i] ?? 0;
      labels[i] = labels[j] ?? 0;
      labels[j] = t;
    }
    for (const r of sim) r.fill(0);
    let at = 0;
    rowSums.forEach((size, i) => {
      const row = sim[i];
      if (!row) return;
      for (let k = 0; k < size; k += 1) {
        const label = labels[at] ?? 0;
        row[label] = (row[label] ?? 0) + 1;
        at += 1;
      }
    });
    if (statisticOf(sim, rowSums, colSums, total) >= statistic - 1e-9) hits += 1;
  }
  return { statistic, df, p: (1 + hits) / (1 + resamples), method: 'monte-carlo', minExpected, resamples, seed };
}

/** Mean, sample standard deviation (n − 1) and count of the finite values; undefined parts when too few. */
export interface Spread {
  n: number;
  mean: number | undefined;
  sd: number | undefined;
}

/** Mean and sample standard deviation of a list of numbers (non-finite values skipped). */
export function spreadOf(values: Iterable<number>): Spread {
  let n = 0;
  let mean = 0;
  let m2 = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    n += 1;
    const d = v - mean;
    mean += d / n;
    m2 += d * (v - mean);
  }
  return { n, mean: n > 0 ? mean : undefined, sd: n > 1 ? Math.sqrt(m2 / (n - 1)) : undefined };
}
