/** Crockford's base-32 alphabet: digits and capitals without I, L, O and U, so codes read aloud and typed without mix-ups. */
export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The value of one code character (0-31), or -1 when it is not in the alphabet. */
export function digitValue(ch: string): number {
  return ALPHABET.indexOf(ch.toUpperCase());
}

/** A number as a fixed count of base-32 characters, most significant first. */
export function toBase32(value: number, width: number): string {
  let n = Math.floor(Math.abs(value));
  let out = '';
  for (let i = 0; i < width; i += 1) {
    out = (ALPHABET[n % 32] ?? '0') + out;
    n = Math.floor(n / 32);
  }
  return out;
}

/** FNV-1a, 32 bits, over the UTF-16 units of a text: a small, fast, well-known hash (not for secrets). */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
