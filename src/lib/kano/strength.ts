import type { CategoryCounts } from './counts';
import { totalOf } from './counts';
import type { Category } from './table';

/** The categories Fong's test and the category strength rank, as stp25 does: questionable answers only count in the total. */
export const RANKED: readonly Category[] = ['M', 'O', 'A', 'I', 'R'];

/** Fewer A + O + M + I answer pairs than this and stp25 reports Fong's test as not applicable. */
export const FONG_MIN_PAIRS = 12;

/** The z value Fong (1996) uses: one-sided 5 %. */
export const FONG_Z = 1.65;

/** Fong's test of the two most frequent categories. */
export interface FongTest {
  /** The two largest counts among M, O, A, I and R (a ≥ b). */
  a: number;
  b: number;
  /** All answer pairs, questionable included. */
  n: number;
  /** |a − b|. */
  difference: number;
  /** 1.65 · √((a + b)(2n − a − b) / (2n)), rounded to one decimal as stp25 rounds it. */
  critical: number;
  /** True when |a − b| ≥ the critical value: the top category is significantly ahead. */
  significant: boolean;
}

/** The two largest counts among M, O, A, I, R, largest first. */
function topTwo(counts: CategoryCounts): [number, number] {
  const sorted = RANKED.map((c) => counts[c]).sort((x, y) => y - x);
  return [sorted[0] ?? 0, sorted[1] ?? 0];
}

/**
 * Fong's test (Fong 1996) as the R package stp25 implements it: with a, b the two largest counts and n
 * all answer pairs, the lead is significant when |a − b| ≥ 1.65 · √((a + b)(2n − a − b) / (2n)), the
 * right side rounded to one decimal. Undefined when A + O + M + I is under 12 (stp25: "n.a.").
 */
export function fongTest(counts: CategoryCounts): FongTest | undefined {
  if (counts.A + counts.O + counts.M + counts.I < FONG_MIN_PAIRS) return undefined;
  const n = totalOf(counts);
  const [a, b] = topTwo(counts);
  const critical = Math.round(FONG_Z * Math.sqrt(((a + b) * (2 * n - a - b)) / (2 * n)) * 10) / 10;
  const difference = Math.abs(a - b);
  return { a, b, n, difference, critical, significant: !(difference < critical) };
}

/**
 * Category strength (Lee and Newcomb 1997, as stp25 reports it): the share of the most frequent of
 * M, O, A, I, R minus the share of the second, over all answer pairs; 0 to 1, 0 when there are none.
 */
export function categoryStrength(counts: CategoryCounts): number {
  const n = totalOf(counts);
  if (n === 0) return 0;
  const [a, b] = topTwo(counts);
  return (a - b) / n;
}

/** Total strength (Lee and Newcomb 1997): the share of A + O + M among all answer pairs; 0 when there are none. */
export function totalStrength(counts: CategoryCounts): number {
  const n = totalOf(counts);
  return n === 0 ? 0 : (counts.A + counts.O + counts.M) / n;
}
