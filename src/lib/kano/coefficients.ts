import type { CategoryCounts } from './counts';

/**
 * Better and Worse coefficients of Berger et al. (1993), over A + O + M + I (reverse and
 * questionable answers are left out). Better runs from 0 to 1, Worse from -1 to 0 (negative by
 * convention: how much satisfaction drops when the feature is missing). Undefined when no answer
 * fell in A, O, M or I.
 */
export interface Coefficients {
  better: number | undefined;
  worse: number | undefined;
}

/** The fractions behind Better and Worse, as a page writes them out: A+O, -(O+M) and A+O+M+I. */
export interface CoefficientTerms {
  betterNumerator: number;
  /** Zero or negative, as Worse is. */
  worseNumerator: number;
  denominator: number;
}

/** The numerators and the shared denominator of Better and Worse (reverse and questionable left out). */
export function coefficientTerms(counts: CategoryCounts): CoefficientTerms {
  const worseNumerator = -(counts.O + counts.M);
  return {
    betterNumerator: counts.A + counts.O,
    worseNumerator: worseNumerator === 0 ? 0 : worseNumerator,
    denominator: counts.A + counts.O + counts.M + counts.I,
  };
}

/** Better = (A+O)/(A+O+M+I) and Worse = -(O+M)/(A+O+M+I); both undefined when the denominator is 0. */
export function coefficients(counts: CategoryCounts): Coefficients {
  const { betterNumerator, worseNumerator, denominator } = coefficientTerms(counts);
  if (denominator === 0) return { better: undefined, worse: undefined };
  const worse = worseNumerator / denominator;
  return { better: betterNumerator / denominator, worse: worse === 0 ? 0 : worse };
}

/** Quadrants of the Better-versus-Worse chart, named after the category each suggests. */
export type Quadrant = 'attractive' | 'one-dimensional' | 'must-be' | 'indifferent';

/** The line between low and high on both axes of the Better-versus-Worse chart. */
export const QUADRANT_THRESHOLD = 0.5;

/** Which quadrant a feature falls in: Better against |Worse|, each split at 0.5 (0.5 counts as high). */
export function quadrantOf(c: Coefficients): Quadrant | undefined {
  if (c.better === undefined || c.worse === undefined) return undefined;
  const high = c.better >= QUADRANT_THRESHOLD;
  const hurts = Math.abs(c.worse) >= QUADRANT_THRESHOLD;
  if (high) return hurts ? 'one-dimensional' : 'attractive';
  return hurts ? 'must-be' : 'indifferent';
}
