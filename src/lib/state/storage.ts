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
