/**
 * How long a state address may be. `write` is the length an address aims to stay under (chat apps, mail and
 * QR codes carry it); `read` is the longest packed address read at all, and so the longest one ever written:
 * past it a page offers a file instead. `unpacked` caps what one packed address may expand to.
 */
export const ADDRESS_LIMITS = { write: 2000, read: 8000, unpacked: 400_000 } as const;

/**
 * The key of a packed address, versioned: `z1` holds the query's keys and values as a JSON array
 * `[key, value, key, value, …]` (a value that is itself a query as such an array), UTF-8, deflate-raw,
 * base64url. A query without it is read as it always was, so every older link still works.
 */
export const PACKED_KEY = 'z1';

/** True when a query (with or without "?") is a packed one; cheap, so a page loads the unpacker only then. */
export function isPacked(query: string): boolean {
  return new RegExp(`(?:^\\??|&)${PACKED_KEY}=`).test(query);
}
