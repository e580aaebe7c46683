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

/** The classification rules offered: the most frequent category, or A+O+M against I+R+Q first. */
export const RULES = ['most-frequent', 'aom-vs-irq'] as const;

/** Which rule turns a feature's counts into its category. */
export type Rule = (typeof RULES)[number];

const AOM: readonly Category[] = ['M', 'O', 'A'];
const IRQ: readonly Category[] = ['I', 'R', 'Q'];

/**
 * The category a rule picks. "most-frequent": the largest count, ties by TIE_PRIORITY.
 * "aom-vs-irq": if A+O+M > I+R+Q the largest of A, O, M, otherwise the largest of I, R, Q.
 */
export function topCategory(counts: CategoryCounts, rule: Rule): Category | undefined {
  if (totalOf(counts) === 0) return undefined;
  if (rule === 'most-frequent') return rankCategories(counts)[0];
  const sum = (cs: readonly Category[]) => cs.reduce((s, c) => s + counts[c], 0);
  const group = sum(AOM) > sum(IRQ) ? AOM : IRQ;
  return rankCategories(counts).find((c) => group.includes(c));
}

/** Classifies a feature by the chosen rule, with strength against the runner-up and a mixed flag. */
export function verdict(
  counts: CategoryCounts,
  marginPoints: number = MIXED_MARGIN_POINTS,
  rule: Rule = 'most-frequent',
): Verdict {
  const total = totalOf(counts);
  const top = topCategory(counts, rule);
  if (total === 0 || top === undefined) return { category: undefined, runnerUp: undefined, strength: 0, mixed: false };
  const second = rankCategories(counts).find((c) => c !== top);
  const topCount = counts[top];
  const secondCount = second === undefined ? 0 : counts[second];
  const strength = ((topCount - secondCount) / total) * 100;
  const runnerUp = secondCount > 0 ? second : undefined;
  return { category: top, runnerUp, strength, mixed: strength < marginPoints };
}
