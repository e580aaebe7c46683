import { unstamped } from './revision';

/** Minimal storage surface, so the functions work with localStorage or a test double. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = 'cx-spectrum';

/** The namespaced, versioned key a tool's state is kept under. */
export function storageKey(tool: string, version: number): string {
  return `${PREFIX}:${tool}:v${version}`;
}

/** Reads a tool's saved query string (without its revision stamp); null when absent, unreadable or storage is blocked. */
export function loadSaved(store: KeyValueStore | undefined, tool: string, version: number): string | null {
  try {
    return unstamped(store?.getItem(storageKey(tool, version)) ?? null);
  } catch {
    return null;
  }
}

/** Saves a tool's query string (an empty string removes it); says how the write went. */
export function save(
  store: KeyValueStore | undefined,
  tool: string,
  version: number,
  query: string,
  maxChars?: number,
): WriteResult {
  return writeKey(store, storageKey(tool, version), query === '' ? null : query, maxChars);
}

/** What reading a key found: its text (null when absent), or that storage could not be used at all. */
export type StoredRead = { ok: true; raw: string | null } | { ok: false };

/**
 * How a write went: kept; refused because storage is full (the browser's quota error); storage not
 * usable at all (missing, blocked, private mode); or over the caller's own limit, so not tried.
 */
export type WriteResult = 'saved' | 'full' | 'blocked' | 'too-large';

/** Reads one key, telling "nothing saved" apart from "storage not usable". */
export function readKey(store: KeyValueStore | undefined, key: string): StoredRead {
  if (!store) return { ok: false };
  try {
    return { ok: true, raw: store.getItem(key) };
  } catch {
    return { ok: false };
  }
}

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

/** Where saved data that could not be read is kept aside, next to the key it came from. */
export function asideKey(key: string): string {
  return `${key}:unreadable`;
}
