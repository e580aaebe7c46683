import { columnLetter } from './issues';

/** Longest header text shown in a column's label; longer names are cut with an ellipsis. */
export const LABEL_NAME_CHARS = 60;

/** What a typed column choice reads as: a column, no column (where allowed), or nothing known. */
export type ColumnRead = { kind: 'column'; column: number } | { kind: 'none' } | { kind: 'unknown' };

/** Every column's label and a reader that turns typed text back into a column. */
export interface ColumnChoices {
  /** One label per column, in order: "B: Speed (functional)"; all different. */
  labels: readonly string[];
  /** Reads what the reader typed or picked; "" (or the none label) is no column only when `allowNone`. */
  read(text: string, allowNone: boolean): ColumnRead;
}

/** Text as a one-line input holds it: line breaks and runs of spaces as one space, no outer spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The 0-based column of spreadsheet letters ("A" is 0, "aa" is 26), or undefined for anything else. */
export function columnFromLetters(text: string): number | undefined {
  if (!/^[A-Za-z]{1,4}$/.test(text)) return undefined;
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A column's label: its letter and its header on one line, cut to LABEL_NAME_CHARS ("B: Speed (functional)"). */
export function columnLabel(header: readonly string[], column: number, unnamed: string): string {
  const name = oneLine(header[column] ?? '') || unnamed;
  const shown = name.length > LABEL_NAME_CHARS ? `${name.slice(0, LABEL_NAME_CHARS - 1)}…` : name;
  return `${columnLetter(column)}: ${shown}`;
}

/**
 * The choices for a header row. A typed text reads as a column when it is a column's label, a header
 * name that only one column has (any case), or a column letter within the row; the work is one pass
 * over the header, then each read is a lookup.
 */
export function columnChoices(header: readonly string[], unnamed: string, noneLabel: string): ColumnChoices {
  const labels = header.map((_, c) => columnLabel(header, c, unnamed));
  const byLabel = new Map<string, number>();
  labels.forEach((l, c) => {
    byLabel.set(l, c);
  });
  /** Header names in lower case; -1 where two columns share a name. */
  const byName = new Map<string, number>();
  header.forEach((h, c) => {
    const key = oneLine(h).toLowerCase();
    if (key !== '') byName.set(key, byName.has(key) ? -1 : c);
  });
  const none = oneLine(noneLabel).toLowerCase();
  const read = (text: string, allowNone: boolean): ColumnRead => {
    const typed = oneLine(text);
    if (typed === '' || typed.toLowerCase() === none) return allowNone ? { kind: 'none' } : { kind: 'unknown' };
    const labelled = byLabel.get(typed);
    if (labelled !== undefined) return { kind: 'column', column: labelled };
    const named = byName.get(typed.toLowerCase());
    if (named !== undefined && named >= 0) return { kind: 'column', column: named };
    const lettered = columnFromLetters(typed);
    if (lettered !== undefined && lettered < header.length) return { kind: 'column', column: lettered };
    return { kind: 'unknown' };
  };
  return { labels, read };
}

/** Suggestions offered under a column field at most: a native list of a thousand entries is slow to filter at each keystroke. */
export const SUGGESTIONS = 40;

/**
 * The labels to suggest for what is typed: those holding the typed text (any case, on one line), in
 * column order, at most `limit`; the first `limit` labels when nothing is typed.
 */
export function suggestedLabels(labels: readonly string[], typed: string, limit: number = SUGGESTIONS): string[] {
  const want = oneLine(typed).toLowerCase();
  const out: string[] = [];
  for (const l of labels) {
    if (out.length >= limit) break;
    if (want === '' || l.toLowerCase().includes(want)) out.push(l);
  }
  return out;
}
