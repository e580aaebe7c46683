/** A chapter's reading time, from the words a reader meets in it. */
import { countWords } from './chapters';

/**
 * The prose of an MDX chapter body, as a reader meets it: import and export lines, JSX tags and
 * expressions, link targets, HTML comments and table rules are dropped; the words inside tags and links stay.
 */
export function proseOf(mdx: string): string {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, ' ')
    .replace(/^(?:import|export)\s[^\n]*$/gm, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?[A-Za-z][^<>]*>/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/^\s*\|?[\s:|-]+\|[\s:|-]*$/gm, ' ');
}

/** Words of an MDX chapter body, counted as the content checks count a page's words. */
export function proseWords(mdx: string): number {
  return countWords(proseOf(mdx));
}

/** Minutes to read `words` at `wordsPerMinute`, rounded to the nearest minute and never below one. */
export function readingMinutes(words: number, wordsPerMinute: number): number {
  if (!(wordsPerMinute > 0) || !Number.isFinite(words) || words <= 0) return 1;
  return Math.max(1, Math.round(words / wordsPerMinute));
}
