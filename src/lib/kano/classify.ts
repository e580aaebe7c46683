import { type CategoryCounts, totalOf } from './counts';
import type { Category } from './table';

/** Order used to break exact ties between the most frequent categories (Berger et al. 1993: M > O > A > I). */
export const TIE_PRIORITY: readonly Category[] = ['M', 'O', 'A', 'I', 'R', 'Q'];

/** Below this category strength, in percentage points, a feature is flagged as mixed. */
export const MIXED_MARGIN_POINTS = 6;

/** The verdict for one feature, from its category counts. */
export interface Verdict {
  /** The most frequent category, ties broken by TIE_PRIORITY; undefined when nothing was counted. */
  category: Category | undefined;
  /** The next category in the same ranking; undefined when no other category has any answer. */
  runnerUp: Category | undefined;
  /** Share of the top category minus share of the runner-up, in percentage points (0 to 100). */
  strength: number;
  /** True when the strength is below the margin, so the top two are close (exact ties included). */
  mixed: boolean;
}

/** Categories from most to least frequent, ties in TIE_PRIORITY order. */
export function rankCategories(counts: CategoryCounts): Category[] {
  return [...TIE_PRIORITY].sort((a, b) => counts[b] - counts[a] || TIE_PRIORITY.indexOf(a) - TIE_PRIORITY.indexOf(b));
}

/** Classifies a feature by its most frequent category, with strength and a mixed flag. */
export function verdict(counts: CategoryCounts, marginPoints: number = MIXED_MARGIN_POINTS): Verdict {
  const total = totalOf(counts);
  if (total === 0) return { category: undefined, runnerUp: undefined, strength: 0, mixed: false };
  const [top, second] = rankCategories(counts);
  const topCount = top === undefined ? 0 : counts[top];
  const secondCount = second === undefined ? 0 : counts[second];
  const strength = ((topCount - secondCount) / total) * 100;
  const runnerUp = secondCount > 0 ? second : undefined;
  return { category: top, runnerUp, strength, mixed: strength < marginPoints };
}
