import { unstamped } from './revision';
import { type KeyValueStore, type WriteResult, writeKey } from './write';

export { isQuotaError, type KeyValueStore, type WriteResult, writeKey } from './write';

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

/** Reads one key, telling "nothing saved" apart from "storage not usable". */
export function readKey(store: KeyValueStore | undefined, key: string): StoredRead {
  if (!store) return { ok: false };
  try {
    return { ok: true, raw: store.getItem(key) };
  } catch {
    return { ok: false };
  }
}

/** Where saved data that could not be read is kept aside, next to the key it came from. */
export function asideKey(key: string): string {
  return `${key}:unreadable`;
}
