import { useMemo } from 'preact/hooks';
import { type Codec, hasAnyKey } from '../../../lib/state/codec';
import { codecFormat, type StoreFormat } from '../../../lib/state/format';
import { type UrlBinding, useSavedState } from './use-saved-state';

const formats = new WeakMap<object, StoreFormat<unknown>>();

/** One saved format per codec, so every island of a tool shares it. */
function formatOf<S>(codec: Codec<S>): StoreFormat<S> {
  const known = formats.get(codec) as StoreFormat<S> | undefined;
  if (known) return known;
  const made = codecFormat(codec);
  formats.set(codec, made as StoreFormat<unknown>);
  return made;
}

/**
 * A tool's state: from the address when it carries the tool's keys (a visiting copy, never saved
 * over the reader's own work), else from storage; the address follows every change. See useSavedState.
 */
export function useToolState<S>(codec: Codec<S>, urlKeys: readonly string[]) {
  const url = useMemo<UrlBinding<S>>(
    () => ({
      read: (params) => (hasAnyKey(params, urlKeys) ? codec.decode(params) : null),
      write: (state, address) => {
        for (const k of urlKeys) address.searchParams.delete(k);
        for (const [k, v] of codec.encode(state)) address.searchParams.append(k, v);
      },
    }),
    [codec, urlKeys],
  );
  return useSavedState(formatOf(codec), url);
}
