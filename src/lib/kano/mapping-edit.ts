import { idsOnRead, newItemId, type RandomSource, withIds } from '../state/ids';
import type { ColumnMapping, FeatureMapping } from './mapping';

/** A mapping row with its id. */
export type FeatureRow = FeatureMapping & { id: string };

/** A mapping whose every row has its id. */
export type MappingWithIds = Omit<ColumnMapping, 'features'> & { features: FeatureRow[] };

/** A feature row taken out of a mapping, where it stood and the row before it, so that it can be put back. */
export interface RemovedFeature {
  feature: FeatureRow;
  index: number;
  /** The id of the row it followed; undefined when it was first. */
  after: string | undefined;
}

/**
 * The mapping with an id on every row: the ones it has when each row has a valid one and no two are the
 * same, else each row's 1-based position (a fresh proposal, or settings saved before ids). The same
 * mapping is given back when it already has them, so a page can call this on every render.
 */
export function withFeatureIds(mapping: ColumnMapping): MappingWithIds {
  const ids = idsOnRead(
    mapping.features.map((f) => f.id),
    mapping.features.length,
  );
  if (mapping.features.every((f, i) => f.id === ids[i])) return mapping as MappingWithIds;
  return { ...mapping, features: withIds(mapping.features, ids) };
}

/**
 * The row with `patch` applied. A row whose answer columns the reader changes is the reader's choice from
 * then on: how the tool had found it (`found`) goes; a new name, or an importance column, keeps it.
 */
function changed(f: FeatureMapping, patch: Partial<FeatureMapping>, id: string): FeatureMapping {
  const { found, ...rest } = { ...f, ...patch, id };
  const moved =
    (patch.functional !== undefined && patch.functional !== f.functional) ||
    (patch.dysfunctional !== undefined && patch.dysfunctional !== f.dysfunctional);
  return moved || found === undefined ? rest : { ...rest, found };
}

/** The mapping with the row `id` changed; other rows and the segment are kept as they are (nothing changes when it is gone). */
export function changeFeature(mapping: ColumnMapping, id: string, patch: Partial<FeatureMapping>): ColumnMapping {
  return { ...mapping, features: mapping.features.map((f) => (f.id === id ? changed(f, patch, id) : f)) };
}

/** The mapping without row `id`, and that row (undefined when there is no such row: nothing changes). */
export function removeFeature(
  mapping: ColumnMapping,
  id: string,
): { mapping: ColumnMapping; removed: RemovedFeature | undefined } {
  const index = mapping.features.findIndex((f) => f.id === id);
  const feature = mapping.features[index];
  if (feature === undefined) return { mapping, removed: undefined };
  return {
    mapping: { ...mapping, features: mapping.features.filter((f) => f.id !== id) },
    removed: { feature: { ...feature, id }, index, after: mapping.features[index - 1]?.id },
  };
}

/**
 * Puts a removed row back after the row it followed (found by id, wherever that row is now), else where it
 * stood or last; rows changed or added since stay as they are, and a row already back is not doubled.
 */
export function restoreFeature(mapping: ColumnMapping, removed: RemovedFeature): ColumnMapping {
  const { features } = mapping;
  if (features.some((f) => f.id === removed.feature.id)) return mapping;
  const prev = removed.after === undefined ? -1 : features.findIndex((f) => f.id === removed.after);
  const at = removed.after === undefined ? 0 : prev >= 0 ? prev + 1 : Math.min(removed.index, features.length);
  return { ...mapping, features: [...features.slice(0, at), removed.feature, ...features.slice(at)] };
}

/** A new feature row, with a new id drawn from `random`, on the first two columns no feature uses (column 0 when too few are free). */
export function addFeature(mapping: ColumnMapping, width: number, name: string, random: RandomSource): ColumnMapping {
  const used = new Set(mapping.features.flatMap((f) => [f.functional, f.dysfunctional]));
  const free: number[] = [];
  for (let c = 0; c < width && free.length < 2; c += 1) if (!used.has(c)) free.push(c);
  const feature: FeatureMapping = {
    id: newItemId(
      random,
      mapping.features.flatMap((f) => (f.id === undefined ? [] : [f.id])),
    ),
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
