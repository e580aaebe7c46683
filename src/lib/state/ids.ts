/** A source of numbers in [0, 1), such as Math.random, or a seeded one in tests. */
export type RandomSource = () => number;

/** Characters a made id is drawn from: safe in an address without escaping. */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** Length of a made id; ids given on read (by position) are shorter, so the two never meet. */
export const ID_LENGTH = 4;
/** Longest id read back; anything else is replaced. */
const MAX_ID_LENGTH = 12;
const ID_PATTERN = /^[a-z0-9]+$/;

/** True for text that may serve as an item's id. */
export function isItemId(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0 && v.length <= MAX_ID_LENGTH && ID_PATTERN.test(v);
}

/** A short id drawn from `random`, different from every id in `taken`. */
export function newItemId(random: RandomSource, taken: Iterable<string> = []): string {
  const used = new Set(taken);
  let id = '';
  for (let attempt = 0; attempt < 64; attempt++) {
    id = '';
    for (let i = 0; i < ID_LENGTH; i++) {
      const r = random();
      const k = Math.floor((Number.isFinite(r) ? Math.min(Math.max(r, 0), 0.999999) : 0) * ALPHABET.length);
      id += ALPHABET[k] ?? 'a';
    }
    if (!used.has(id)) return id;
  }
  // A source that keeps repeating itself (a stub) still ends: the last id is made unique by a number.
  let n = 1;
  while (used.has(`${id}${n}`)) n++;
  return `${id}${n}`;
}

/** The id an item without one is given on read: its 1-based position, the same in every tab that reads it. */
export function positionId(index: number): string {
  return String(index + 1);
}

/**
 * The ids to use for `count` items read back: the given ones when there is one valid id per item and
 * no two are the same, else every item's position (old data and addresses carry none).
 */
export function idsOnRead(given: readonly unknown[] | undefined, count: number): string[] {
  if (given && given.length === count && given.every(isItemId) && new Set(given).size === count) {
    return [...(given as string[])];
  }
  return Array.from({ length: count }, (_, i) => positionId(i));
}

/** Items with the ids given, in order (ids and items the same length). */
export function withIds<T extends object>(items: readonly T[], ids: readonly string[]): (T & { id: string })[] {
  return items.map((item, i) => ({ ...item, id: ids[i] ?? positionId(i) }));
}

/** Where an item with `id` now is, or -1. */
export function indexOfId(items: readonly { id?: string }[], id: string | undefined): number {
  return id === undefined ? -1 : items.findIndex((x) => x.id === id);
}

/**
 * Keeps a tab's pointer into a list on the same item after the list changed under it (another tab
 * removed or added items): the item's new index, or the nearest index still in range when it is gone.
 */
export function followIndex(before: readonly { id?: string }[], after: readonly { id?: string }[], at: number): number {
  const found = indexOfId(after, before[at]?.id);
  if (found >= 0) return found;
  return Math.max(0, Math.min(at, after.length - 1));
}
