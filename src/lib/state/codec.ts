import type { Decoded } from './notice';

/**
 * How one tool's state travels in a URL query: readable keys, validated on the way in.
 * `decode` never throws: every bad value becomes its default plus a notice.
 */
export interface Codec<S> {
  /** Storage namespace, usually the tool id. */
  name: string;
  /** Bump when the meaning of stored keys changes; old saved state is then ignored. */
  version: number;
  defaults: () => S;
  decode: (params: URLSearchParams) => Decoded<S>;
  /** Only non-default values need to be written, so links stay short. */
  encode: (state: S) => URLSearchParams;
  /** Top-level keys that belong to one tab and never merge across tabs (see StoreFormat). */
  local?: readonly string[];
  /** Keeps this tab's pointers into lists on their items after a merge (see StoreFormat). */
  follow?: (merged: S, ours: S) => S;
  /** Top-level keys that only point into lists (see StoreFormat). */
  pointers?: readonly string[];
}

/** True when a query carries at least one of the codec's keys. */
export function hasAnyKey(params: URLSearchParams, keys: readonly string[]): boolean {
  return keys.some((k) => params.has(k));
}

/** Decodes a query string (with or without "?") with a codec; never throws: what it cannot read gives the defaults. */
export function decodeQuery<S>(codec: Codec<S>, query: string): S {
  try {
    return codec.decode(new URLSearchParams(query)).value;
  } catch {
    return codec.defaults();
  }
}
