import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';

import { ADDRESS_LIMITS, PACKED_KEY } from './key';

export { ADDRESS_LIMITS, isPacked, PACKED_KEY } from './key';

/** A query's entries, with the values of `nested` keys (themselves queries) as entries too. */
type Flat = (string | Flat)[];

function flatten(query: string, nested: (key: string) => boolean): Flat {
  const out: Flat = [];
  for (const [key, value] of new URLSearchParams(query))
    out.push(key, nested(key) ? flatten(value, () => false) : value);
  return out;
}

function unflatten(flat: unknown, depth: number): URLSearchParams | undefined {
  if (!Array.isArray(flat) || flat.length % 2 !== 0) return undefined;
  const p = new URLSearchParams();
  for (let i = 0; i < flat.length; i += 2) {
    const key: unknown = flat[i];
    const value: unknown = flat[i + 1];
    if (typeof key !== 'string') return undefined;
    if (typeof value === 'string') p.append(key, value);
    else if (depth > 0) {
      const inner = unflatten(value, depth - 1);
      if (!inner) return undefined;
      p.append(key, inner.toString());
    } else return undefined;
  }
  return p;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** Inflates at most `max` bytes; undefined for a broken or oversized stream. */
function inflateCapped(data: Uint8Array, max: number): Uint8Array | undefined {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let done = false;
  try {
    const inflater = new Inflate((chunk, final) => {
      size += chunk.length;
      if (size > max) throw new RangeError('too large');
      chunks.push(chunk);
      if (final) done = true;
    });
    inflater.push(data, true);
  } catch {
    return undefined;
  }
  if (!done) return undefined;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The packed form of a query: `z1=` and its compressed entries (see PACKED_KEY). */
export function packedQuery(query: string, nested: (key: string) => boolean = () => false): string {
  const json = JSON.stringify(flatten(query, nested));
  return `${PACKED_KEY}=${toBase64Url(deflateSync(strToU8(json), { level: 9 }))}`;
}

/**
 * The query to write in an address: as it is when it is no longer than `target`, otherwise the shorter of
 * it and its packed form. Whether the result can be written at all is `fitsAddress`'s answer.
 */
export function packQuery(
  query: string,
  target: number = ADDRESS_LIMITS.write,
  nested: (key: string) => boolean = () => false,
): string {
  if (query.length <= target) return query;
  const packed = packedQuery(query, nested);
  return packed.length < query.length ? packed : query;
}

/** True when a query written by packQuery can go in an address: it is no longer than the read limit. */
export function fitsAddress(query: string): boolean {
  return query.length <= ADDRESS_LIMITS.read;
}

/** Why a packed address could not be read. */
export type UnpackProblem = 'too-long-address' | 'bad-packed';

/**
 * A query as the page reads it: a packed one (`z1`) expanded, any other given back as it is. Keys beside
 * `z1` (such as the board's `present`) are kept after the expanded ones. Never throws.
 */
export function unpackQuery(
  query: string,
): { ok: true; query: string; packed: boolean } | { ok: false; problem: UnpackProblem } {
  const raw = query.replace(/^\?/, '');
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(raw);
  } catch {
    return { ok: true, query: raw, packed: false };
  }
  const packed = params.get(PACKED_KEY);
  if (packed === null) return { ok: true, query: raw, packed: false };
  if (raw.length > ADDRESS_LIMITS.read) return { ok: false, problem: 'too-long-address' };
  const bytes = fromBase64Url(packed);
  const inflated = bytes && inflateCapped(bytes, ADDRESS_LIMITS.unpacked);
  if (!inflated) return { ok: false, problem: 'bad-packed' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(strFromU8(inflated));
  } catch {
    return { ok: false, problem: 'bad-packed' };
  }
  const out = unflatten(parsed, 1);
  if (!out) return { ok: false, problem: 'bad-packed' };
  for (const [key, value] of params) if (key !== PACKED_KEY) out.append(key, value);
  return { ok: true, query: out.toString(), packed: true };
}
