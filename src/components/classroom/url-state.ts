import { readKey, type WriteResult, writeKey } from '../../lib/state/storage';
import { browserStore } from '../tools/shared/browser-store';

/**
 * Replaces the page's query with the given one without adding a history entry (state lives in the
 * address); `keep` names keys of the current address that stay as they are.
 */
export function replaceQuery(query: string, keep: readonly string[] = []): void {
  const url = new URL(window.location.href);
  const kept = new URLSearchParams();
  for (const k of keep) for (const v of url.searchParams.getAll(k)) kept.append(k, v);
  const extra = kept.toString();
  url.search = extra === '' ? query : query === '' ? extra : `${query}&${extra}`;
  try {
    window.history.replaceState(window.history.state, '', url);
  } catch {
    // Some file:// pages refuse history changes; the state then lives in the page and in storage only.
  }
}

/** Sets one key of the page's address (null removes it), leaving the rest of the address as it is. */
export function setAddressParam(key: string, value: string | null): void {
  const url = new URL(window.location.href);
  if (value === null) url.searchParams.delete(key);
  else url.searchParams.set(key, value);
  if (url.href === window.location.href) return;
  try {
    window.history.replaceState(window.history.state, '', url);
  } catch {
    // As above: the state then lives in the page only.
  }
}

/** Reads a stored string; undefined where storage is refused or empty. */
export function readStored(key: string): string | undefined {
  const read = readKey(browserStore(), key);
  return read.ok ? (read.raw ?? undefined) : undefined;
}

/** Stores a string (undefined removes it) and says how that went: a failed save is never taken for done. */
export function writeStored(key: string, value: string | undefined): WriteResult {
  return writeKey(browserStore(), key, value ?? null);
}
