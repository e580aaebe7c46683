/**
 * The search engine of the offline edition, where Pagefind cannot run (no fetch, no WebAssembly
 * from file://). It searches the same text Pagefind indexed, which the build writes into a classic
 * script. Pure functions, so they are tested without a browser.
 */

/** One indexed page: its path from the edition's root, its title and its indexed text. */
export interface IndexedPage {
  url: string;
  title: string;
  content: string;
}

/** A page that matched, with an excerpt in Pagefind's format (hits wrapped in <mark>, text escaped). */
export interface Hit {
  page: IndexedPage;
  score: number;
  excerpt: string;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const EXCERPT_WORDS = 30;

/** Lower case without accents, so "Café" finds "cafe". */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text with their positions in it. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    words.push({ text: fold(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return words;
}

/** The distinct search terms of a query, longest first. */
export function termsOf(query: string): string[] {
  return [...new Set(wordsOf(query).map((w) => w.text))].sort((a, b) => b.length - a.length);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Which term, if any, a word matches: a word matches a term it starts with, as in Pagefind. */
function termOf(word: string, terms: readonly string[]): string | undefined {
  return terms.find((t) => word.startsWith(t));
}

/** The excerpt around the densest run of hits: the window of words holding the most distinct terms. */
export function excerptOf(content: string, words: readonly Word[], terms: readonly string[]): string {
  const hits = words.map((w) => termOf(w.text, terms));
  let best = 0;
  let bestDistinct = -1;
  let bestCount = -1;
  for (let i = 0; i < words.length; i++) {
    if (hits[i] === undefined) continue;
    const start = Math.max(0, i - 5);
    const window = hits.slice(start, start + EXCERPT_WORDS).filter((h) => h !== undefined);
    const distinct = new Set(window).size;
    if (distinct > bestDistinct || (distinct === bestDistinct && window.length > bestCount)) {
      best = start;
      bestDistinct = distinct;
      bestCount = window.length;
    }
  }
  const slice = words.slice(best, best + EXCERPT_WORDS);
  const first = slice[0];
  const last = slice[slice.length - 1];
  if (!first || !last) return '';
  let out = '';
  let at = first.start;
  slice.forEach((w, k) => {
    out += escapeHtml(content.slice(at, w.start));
    const text = escapeHtml(content.slice(w.start, w.end));
    out += hits[best + k] === undefined ? text : `<mark>${text}</mark>`;
    at = w.end;
  });
  return out;
}

/**
 * Finds the pages holding every term of the query, best first. A term counts more when it is rare
 * across the pages, and more again in the title.
 */
export function searchPages(pages: readonly IndexedPage[], query: string): Hit[] {
  const terms = termsOf(query);
  if (terms.length === 0) return [];
  const indexed = pages.map((page) => ({ page, words: wordsOf(page.content), title: wordsOf(page.title) }));
  const counts = indexed.map(({ words }) => {
    const count = new Map<string, number>();
    for (const w of words) {
      const t = termOf(w.text, terms);
      if (t !== undefined) count.set(t, (count.get(t) ?? 0) + 1);
    }
    return count;
  });
  const rarity = new Map(
    terms.map((t) => [t, Math.log(1 + pages.length / Math.max(1, counts.filter((c) => c.has(t)).length))]),
  );
  const hits: Hit[] = [];
  indexed.forEach(({ page, words, title }, i) => {
    const count = counts[i];
    if (!count || !terms.every((t) => count.has(t))) return;
    let score = 0;
    for (const t of terms) {
      const weight = rarity.get(t) ?? 1;
      score += weight * Math.log(1 + (count.get(t) ?? 0));
      if (title.some((w) => w.text.startsWith(t))) score += 2 * weight;
    }
    // Long pages mention everything; shorter pages with the same hits rank higher.
    score /= Math.log(10 + words.length);
    hits.push({ page, score, excerpt: excerptOf(page.content, words, terms) });
  });
  return hits.sort((a, b) => b.score - a.score || a.page.title.localeCompare(b.page.title));
}
