const MAX_SHOWN = 40;

/** Untrusted text made short for a message: spaces folded, cut at 40 characters; the UI renders it as text, never as markup. */
export function shorten(raw: string): string {
  const flat = raw.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_SHOWN ? `${flat.slice(0, MAX_SHOWN)}…` : flat;
}

/** Shortened text in English quotation marks, for the English tables; other languages quote with `shorten` and their own marks. */
export function quote(raw: string): string {
  return `“${shorten(raw)}”`;
}
