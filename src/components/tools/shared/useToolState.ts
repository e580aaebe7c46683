import { useEffect, useRef, useState } from 'preact/hooks';
import type { Codec } from '../../../lib/state/codec';
import type { StateNotice } from '../../../lib/state/notice';
import { loadSaved, save } from '../../../lib/state/storage';

function browserStore(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * A tool's state, read once from the URL (which wins) or else from localStorage,
 * then written back to both on every change. Returns the notices met while reading.
 */
export function useToolState<S>(codec: Codec<S>, urlKeys: readonly string[]) {
  const [state, setState] = useState<S>(codec.defaults);
  const [notices, setNotices] = useState<StateNotice[]>([]);
  const ready = useRef(false);

  useEffect(() => {
    const url = new URLSearchParams(window.location.search);
    const fromUrl = urlKeys.some((k) => url.has(k));
    const saved = fromUrl ? null : loadSaved(browserStore(), codec.name, codec.version);
    const decoded = codec.decode(fromUrl ? url : new URLSearchParams(saved ?? ''));
    setState(decoded.value);
    setNotices(decoded.notices);
    ready.current = true;
  }, [codec, urlKeys]);

  useEffect(() => {
    if (!ready.current) return;
    const query = codec.encode(state).toString();
    const url = new URL(window.location.href);
    for (const k of urlKeys) url.searchParams.delete(k);
    for (const [k, v] of new URLSearchParams(query)) url.searchParams.append(k, v);
    window.history.replaceState(window.history.state, '', url);
    save(browserStore(), codec.name, codec.version, query);
  }, [codec, state, urlKeys]);

  const reset = () => {
    setState(codec.defaults());
    setNotices([]);
  };
  return { state, setState, notices, setNotices, reset };
}
