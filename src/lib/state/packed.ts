/**
 * How long a state address may be. `write` is the length an address aims to stay under (chat apps, mail and
 * QR codes carry it); `read` is the longest packed address read at all, and so the longest one ever written:
 * past it a page offers a file instead. `unpacked` caps what one packed address may expand to.
 */
export const ADDRESS_LIMITS = { write: 2000, read: 8000, unpacked: 400_000 } as const;

/**
 * The key of a packed address, versioned: `z1` holds the query's keys and values as a JSON array
 * `[key, value, key, value, …]` (a value that is itself a query as such an array), UTF-8, deflate-raw,
 * base64url. A query without it is read as it always was, so every older link still works. The browser's
 * own CompressionStream packs and unpacks it, so no page carries a compressor of its own.
 */
export const PACKED_KEY = 'z1';

/** True when a query (with or without "?") is a packed one; cheap and synchronous, so a page unpacks only then. */
export function isPacked(query: string): boolean {
  return new RegExp(`(?:^\\??|&)${PACKED_KEY}=`).test(query);
}

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

/** Every chunk of a stream, joined; stops (undefined) past `max` bytes or on a broken stream. */
async function drain(stream: ReadableStream<Uint8Array>, max: number): Promise<Uint8Array | undefined> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > max) {
        await reader.cancel().catch(() => undefined);
        return undefined;
      }
      chunks.push(value);
    }
  } catch {
    return undefined;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Bytes through one of the browser's (de)compression streams. */
function through(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): ReadableStream<Uint8Array> {
  return new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform);
}

/** The packed form of a query: `z1=` and its compressed entries (see PACKED_KEY). */
export async function packedQuery(query: string, nested: (key: string) => boolean = () => false): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(flatten(query, nested)));
  const bytes = await drain(through(json, new CompressionStream('deflate-raw')), Number.POSITIVE_INFINITY);
  if (!bytes) throw new Error('deflate-raw failed');
  return `${PACKED_KEY}=${toBase64Url(bytes)}`;
}

/**
 * The query to write in an address: as it is when it is no longer than `target`, otherwise the shorter of
 * it and its packed form. Whether the result can be written at all is `fitsAddress`'s answer.
 */
export async function packQuery(
  query: string,
  target: number = ADDRESS_LIMITS.write,
  nested: (key: string) => boolean = () => false,
): Promise<string> {
  if (query.length <= target) return query;
  const packed = await packedQuery(query, nested);
  return packed.length < query.length ? packed : query;
}

/** True when a query written by packQuery can go in an address: it is no longer than the read limit. */
export function fitsAddress(query: string): boolean {
  return query.length <= ADDRESS_LIMITS.read;
}

/** Why a packed address could not be read. */
export type UnpackProblem = 'too-long-address' | 'bad-packed';

/** A query as read: expanded when it was packed, or why it could not be. */
export type Unpacked = { ok: true; query: string; packed: boolean } | { ok: false; problem: UnpackProblem };

/**
 * A query as the page reads it: a packed one (`z1`) expanded, any other given back as it is. Keys beside
 * `z1` (such as the board's `present`) are kept after the expanded ones. Never rejects.
 */
export async function unpackQuery(query: string): Promise<Unpacked> {
  const raw = query.replace(/^\?/, '');
  const params = new URLSearchParams(raw);
  const packed = params.get(PACKED_KEY);
  if (packed === null) return { ok: true, query: raw, packed: false };
  if (raw.length > ADDRESS_LIMITS.read) return { ok: false, problem: 'too-long-address' };
  const bytes = fromBase64Url(packed);
  let inflated: Uint8Array | undefined;
  try {
    inflated = bytes && (await drain(through(bytes, new DecompressionStream('deflate-raw')), ADDRESS_LIMITS.unpacked));
  } catch {
    inflated = undefined;
  }
  if (!inflated) return { ok: false, problem: 'bad-packed' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
  } catch {
    return { ok: false, problem: 'bad-packed' };
  }
  const out = unflatten(parsed, 1);
  if (!out) return { ok: false, problem: 'bad-packed' };
  for (const [key, value] of params) if (key !== PACKED_KEY) out.append(key, value);
  return { ok: true, query: out.toString(), packed: true };
}
