/** Replaces the page's query with the given one without adding a history entry (state lives in the address). */
export function replaceQuery(query: string): void {
  const url = new URL(window.location.href);
  url.search = query;
  try {
    window.history.replaceState(window.history.state, '', url);
  } catch {
    // Some file:// pages refuse history changes; the state then lives in the page and in storage only.
  }
}

/** Reads a stored string; undefined where storage is refused or empty. */
export function readStored(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Stores a string; does nothing where storage is refused. */
export function writeStored(key: string, value: string | undefined): void {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage refused (private mode, full): the address still holds the state.
  }
}
