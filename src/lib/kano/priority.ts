import type { FeatureAnalysis } from './analysis';
import type { Category } from './table';

/** The order in which categories call for action: must-be, one-dimensional, attractive, indifferent; then reverse, questionable. */
export const ACTION_ORDER: readonly Category[] = ['M', 'O', 'A', 'I', 'R', 'Q'];

/** What orders features within a category: mean importance, |Worse| or Better (each largest first). */
export const PRIORITY_KEYS = ['importance', 'worse', 'better'] as const;

/** One way to order features within a category. */
export type PriorityKey = (typeof PRIORITY_KEYS)[number];

/** One category's features, in the order to act on them. */
export interface PriorityGroup {
  category: Category;
  features: FeatureAnalysis[];
}

/** The value a key reads from a feature; undefined sorts last. */
export function keyValue(f: FeatureAnalysis, key: PriorityKey): number | undefined {
  if (key === 'importance') return f.importance.mean;
  if (key === 'worse') return f.worse === undefined ? undefined : Math.abs(f.worse);
  return f.better;
}

/**
 * The features ordered for action: grouped by category in ACTION_ORDER (features with no category are
 * left out), and within a group by the key, largest first, undefined last, ties in the table's order.
 * Empty groups are left out.
 */
export function priorityList(features: readonly FeatureAnalysis[], key: PriorityKey): PriorityGroup[] {
  const groups: PriorityGroup[] = [];
  for (const category of ACTION_ORDER) {
    const members = features
      .map((f, index) => ({ f, index, v: keyValue(f, key) }))
      .filter((x) => x.f.category === category)
      .sort((x, y) => {
        if (x.v === undefined || y.v === undefined) return x.v === y.v ? x.index - y.index : x.v === undefined ? 1 : -1;
        return y.v - x.v || x.index - y.index;
      })
      .map((x) => x.f);
    if (members.length > 0) groups.push({ category, features: members });
  }
  return groups;
}

/** The list cut to its first `count` features in list order (a list drawn a block at a time); groups left empty are left out. */
export function firstFeatures(groups: readonly PriorityGroup[], count: number): PriorityGroup[] {
  const cut: PriorityGroup[] = [];
  let left = Math.max(0, count);
  for (const g of groups) {
    if (left === 0) break;
    cut.push(g.features.length <= left ? g : { ...g, features: g.features.slice(0, left) });
    left -= Math.min(left, g.features.length);
  }
  return cut;
}
