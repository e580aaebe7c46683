/** Sentences of a text: where the first ends, and a short lead of a longer text. */

/** Abbreviations after which a full stop does not end a sentence (English and German). */
const ABBREVIATIONS =
  /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|cf|Dr|Mr|Mrs|Ms|No|pp?|z\.\s?B|d\.\s?h|u\.\s?a|z|d|u|bzw|vgl|ca|Nr|S)$/;

/** The first sentence of a text (a glossary entry's short definition); the whole text if it has one sentence. */
export function firstSentence(text: string): string {
  const trimmed = text.trim();
  for (const m of trimmed.matchAll(/[.!?](?=\s+["„“(]?\p{Lu})/gu)) {
    const end = m.index + 1;
    if (!ABBREVIATIONS.test(trimmed.slice(0, m.index))) return trimmed.slice(0, end);
  }
  return trimmed;
}

/** The first sentences of a text, as few as make at least `minChars` characters: a short definition. */
export function leadSentences(text: string, minChars: number): string {
  const all = text.trim();
  let lead = firstSentence(all);
  while (lead.length < minChars && lead.length < all.length) {
    lead = `${lead} ${firstSentence(all.slice(lead.length))}`;
  }
  return lead;
}
