/**
 * Writing one key and saying how that went, apart from the reading side (storage.ts, which re-exports
 * this): the answering page writes its answers with this alone, without the revision stamps it never reads.
 */

/** Minimal storage surface, so the functions work with localStorage or a test double. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * How a write went: kept; refused because storage is full (the browser's quota error); storage not
 * usable at all (missing, blocked, private mode); or over the caller's own limit, so not tried.
 */
export type WriteResult = 'saved' | 'full' | 'blocked' | 'too-large';

/** True for the error a browser throws when storage is at its quota (named differently by each engine). */
export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const name = 'name' in e ? e.name : '';
  const code = 'code' in e ? e.code : 0;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/**
 * Writes one key (null removes it) and says how that went; never throws. Text longer than `maxChars`
 * is not written: the key is removed instead, so a reload never shows an older value as if it were this one.
 */
export function writeKey(
  store: KeyValueStore | undefined,
  key: string,
  raw: string | null,
  maxChars = Number.POSITIVE_INFINITY,
): WriteResult {
  if (!store) return 'blocked';
  const tooLarge = raw !== null && raw.length > maxChars;
  try {
    if (raw === null || tooLarge) store.removeItem(key);
    else store.setItem(key, raw);
    return tooLarge ? 'too-large' : 'saved';
  } catch (e) {
    if (tooLarge) return 'too-large';
    return isQuotaError(e) ? 'full' : 'blocked';
  }
}
