import { type Verdict, verdict } from './classify';
import { type Coefficients, coefficients, type Quadrant, quadrantOf } from './coefficients';
import { type CategoryCounts, shareOf, totalOf } from './counts';

/** A questionable share at or above this (10 %) suggests the question was misread. */
export const QUESTIONABLE_FLAG_SHARE = 0.1;
/** A reverse share at or above this (10 %) suggests some respondents would rather not have the feature. */
export const REVERSE_FLAG_SHARE = 0.1;

/** Everything the tool reports for one feature. */
export interface FeatureResult extends Verdict, Coefficients {
  name: string;
  counts: CategoryCounts;
  /** Answer pairs counted (all six categories). */
  total: number;
  quadrant: Quadrant | undefined;
  manyQuestionable: boolean;
  manyReverse: boolean;
}

/** Summarises one feature's counts: category, strength, mixed flag, coefficients and warning flags. */
export function summarizeFeature(name: string, counts: CategoryCounts): FeatureResult {
  const c = coefficients(counts);
  return {
    name,
    counts,
    total: totalOf(counts),
    ...verdict(counts),
    ...c,
    quadrant: quadrantOf(c),
    manyQuestionable: shareOf(counts, 'Q') >= QUESTIONABLE_FLAG_SHARE,
    manyReverse: shareOf(counts, 'R') >= REVERSE_FLAG_SHARE,
  };
}
