import type { Codec } from './codec';
import type { StateNotice } from './notice';

/** Why saved text could not be read, as a code (with its values); the page's i18n layer words it. */
export interface StoreProblem {
  readonly code: string;
}

/** Saved text read back: the value (with notices for anything replaced), or the problems that stop it. */
export type ReadStored<S> = { ok: true; value: S; notices: StateNotice[] } | { ok: false; problems: StoreProblem[] };

/**
 * How one piece of saved state is kept in the browser: its key's name and version, how to read
 * and write its text, and which top-level keys belong to one tab and never merge across tabs.
 */
export interface StoreFormat<S> {
  name: string;
  version: number;
  defaults: () => S;
  read: (raw: string) => ReadStored<S>;
  /** The text to keep, or null when there is nothing worth keeping (the key is then removed). */
  write: (value: S) => string | null;
  local?: readonly string[];
  /**
   * After a merge, keeps this tab's pointers into lists (an index such as which offering is shown) on
   * the item they pointed at in `ours`, found by id, though other tabs removed or added items before it.
   */
  follow?: (merged: S, ours: S) => S;
  /** Top-level keys that only point into lists (kept on their items by `follow`): never announced as an edit lost. */
  pointers?: readonly string[];
}

/** A tool codec as a saved format: the query string is what is kept, an empty query removes the key. */
export function codecFormat<S>(codec: Codec<S>, local: readonly string[] = codec.local ?? []): StoreFormat<S> {
  return {
    ...(codec.follow ? { follow: codec.follow } : {}),
    ...(codec.pointers ? { pointers: codec.pointers } : {}),
    name: codec.name,
    version: codec.version,
    defaults: codec.defaults,
    read: (raw) => {
      const decoded = codec.decode(new URLSearchParams(raw));
      return { ok: true, value: decoded.value, notices: decoded.notices };
    },
    write: (value) => {
      const query = codec.encode(value).toString();
      return query === '' ? null : query;
    },
    local,
  };
}
