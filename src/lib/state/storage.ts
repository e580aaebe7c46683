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

/** Reads a tool's saved query string; null when absent, unreadable or storage is blocked. */
export function loadSaved(store: KeyValueStore | undefined, tool: string, version: number): string | null {
  try {
    return store?.getItem(storageKey(tool, version)) ?? null;
  } catch {
    return null;
  }
}

/** Saves a tool's query string; an empty string removes it. Returns false when storage refused. */
export function save(store: KeyValueStore | undefined, tool: string, version: number, query: string): boolean {
  if (!store) return false;
  try {
    if (query === '') store.removeItem(storageKey(tool, version));
    else store.setItem(storageKey(tool, version), query);
    return true;
  } catch {
    return false;
  }
}

/** What reading a key found: its text (null when absent), or that storage could not be used at all. */
export type StoredRead = { ok: true; raw: string | null } | { ok: false };

/** How a write went: kept, refused because storage is full, or storage not usable at all. */
export type WriteOutcome = 'saved' | 'full' | 'unavailable';

/** Reads one key, telling "nothing saved" apart from "storage not usable". */
export function readKey(store: KeyValueStore | undefined, key: string): StoredRead {
  if (!store) return { ok: false };
  try {
    return { ok: true, raw: store.getItem(key) };
  } catch {
    return { ok: false };
  }
}

function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const name = 'name' in e ? e.name : '';
  const code = 'code' in e ? e.code : 0;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** Writes one key (null removes it); says whether storage kept it, was full, or is not usable. */
export function writeKey(store: KeyValueStore | undefined, key: string, raw: string | null): WriteOutcome {
  if (!store) return 'unavailable';
  try {
    if (raw === null) store.removeItem(key);
    else store.setItem(key, raw);
    return 'saved';
  } catch (e) {
    return isQuotaError(e) ? 'full' : 'unavailable';
  }
}

/** Where saved data that could not be read is kept aside, next to the key it came from. */
export function asideKey(key: string): string {
  return `${key}:unreadable`;
}
