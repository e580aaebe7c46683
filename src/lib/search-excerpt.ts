/** A run of excerpt text, marked when it matched the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

/** Decodes the few HTML entities Pagefind writes into excerpts. */
export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (m) => ENTITIES[m] ?? m);
}

/** Splits a Pagefind excerpt ("a <mark>b</mark> c") into plain and marked runs, dropping any other tag. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const re = /<mark>(.*?)<\/mark>/gs;
  let last = 0;
  for (let m = re.exec(excerpt); m !== null; m = re.exec(excerpt)) {
    if (m.index > last) parts.push({ text: excerpt.slice(last, m.index), mark: false });
    parts.push({ text: m[1] ?? '', mark: true });
    last = m.index + m[0].length;
  }
  if (last < excerpt.length) parts.push({ text: excerpt.slice(last), mark: false });
  return parts
    .map((p) => ({ ...p, text: decodeEntities(p.text.replace(/<[^>]*>/g, '')) }))
    .filter((p) => p.text !== '');
}
