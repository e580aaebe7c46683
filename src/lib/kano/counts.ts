import { CATEGORIES, type Category } from './table';

/** How many answer pairs fell in each category. */
export type CategoryCounts = Record<Category, number>;

/** Counts of zero in every category. */
export function emptyCounts(): CategoryCounts {
  return { A: 0, O: 0, M: 0, I: 0, R: 0, Q: 0 };
}

/** Counts one category per answer pair. */
export function countCategories(categories: Iterable<Category>): CategoryCounts {
  const counts = emptyCounts();
  for (const c of categories) counts[c] += 1;
  return counts;
}

/** All answer pairs counted, reverse and questionable included. */
export function totalOf(counts: CategoryCounts): number {
  return CATEGORIES.reduce((sum, c) => sum + counts[c], 0);
}

/** The share of a category among all answer pairs, from 0 to 1; 0 when there are none. */
export function shareOf(counts: CategoryCounts, category: Category): number {
  const total = totalOf(counts);
  return total === 0 ? 0 : counts[category] / total;
}
