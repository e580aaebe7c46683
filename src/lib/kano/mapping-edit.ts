import type { ColumnMapping, FeatureMapping } from './mapping';

/** A feature row taken out of a mapping, and where it stood, so that it can be put back. */
export interface RemovedFeature {
  feature: FeatureMapping;
  index: number;
}

/** The mapping with one feature changed; other rows and the segment are kept as they are. */
export function changeFeature(mapping: ColumnMapping, index: number, patch: Partial<FeatureMapping>): ColumnMapping {
  return { ...mapping, features: mapping.features.map((f, k) => (k === index ? { ...f, ...patch } : f)) };
}

/** The mapping without row `index`, and that row (undefined when there is no such row: nothing changes). */
export function removeFeature(
  mapping: ColumnMapping,
  index: number,
): { mapping: ColumnMapping; removed: RemovedFeature | undefined } {
  const feature = mapping.features[index];
  if (feature === undefined) return { mapping, removed: undefined };
  return {
    mapping: { ...mapping, features: mapping.features.filter((_, k) => k !== index) },
    removed: { feature, index },
  };
}

/** Puts a removed row back where it stood, or last when the mapping has since become shorter. */
export function restoreFeature(mapping: ColumnMapping, removed: RemovedFeature): ColumnMapping {
  const at = Math.max(0, Math.min(removed.index, mapping.features.length));
  return {
    ...mapping,
    features: [...mapping.features.slice(0, at), removed.feature, ...mapping.features.slice(at)],
  };
}

/** A new feature row on the first two columns no feature uses (column 0 when too few are free). */
export function addFeature(mapping: ColumnMapping, width: number, name: string): ColumnMapping {
  const used = new Set(mapping.features.flatMap((f) => [f.functional, f.dysfunctional]));
  const free: number[] = [];
  for (let c = 0; c < width && free.length < 2; c += 1) if (!used.has(c)) free.push(c);
  const feature: FeatureMapping = {
    name,
    functional: free[0] ?? 0,
    dysfunctional: free[1] ?? free[0] ?? 0,
    importance: null,
  };
  return { ...mapping, features: [...mapping.features, feature] };
}

/** Feature rows shown at a time in the mapping table: a wide file's columns are laid out a page at a time. */
export const MAPPING_PAGE_ROWS = 25;

/** The rows of page `page` (from 0, clamped to the pages there are) of `total` rows: [start, end) and the page count. */
export function pageRows(
  total: number,
  page: number,
  size: number = MAPPING_PAGE_ROWS,
): { page: number; pages: number; start: number; end: number } {
  const pages = Math.max(1, Math.ceil(total / size));
  const at = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const start = at * size;
  return { page: at, pages, start, end: Math.min(total, start + size) };
}
