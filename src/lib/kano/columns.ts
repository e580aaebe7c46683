import { type AnswerRecognition, parseAnswer } from './answers';
import { MAX_HEADER_LENGTH } from './headers';

/** Which question a column answers. */
export type Side = 'functional' | 'dysfunctional';

/** The words that name a side in a header, functional first. */
const SIDE_WORDS: Record<string, Side> = {
  functional: 'functional',
  dysfunctional: 'dysfunctional',
  func: 'functional',
  dysf: 'dysfunctional',
  dysfunc: 'dysfunctional',
  f: 'functional',
  d: 'dysfunctional',
  positive: 'functional',
  negative: 'dysfunctional',
  pos: 'functional',
  neg: 'dysfunctional',
  present: 'functional',
  absent: 'dysfunctional',
  // German exports: "Merkmal 1 (funktional)", "Merkmal_1_dysf", "Tempo negativ".
  funktional: 'functional',
  dysfunktional: 'dysfunctional',
  funkt: 'functional',
  dysfunkt: 'dysfunctional',
  positiv: 'functional',
  negativ: 'dysfunctional',
  vorhanden: 'functional',
  fehlend: 'dysfunctional',
};
/** A side word at the end: "F6_functional", "Speed (dysf)", "Speed:d", "speed.pos", "Speed negative". */
const SUFFIX = /(?:\(\s*([a-z]+)\s*\)|[_\-:.\s]([a-z]+))$/i;
/** A side word at the start: "functional_F6", "(d) Speed", "neg-speed". */
const PREFIX = /^(?:\(\s*([a-z]+)\s*\)|([a-z]+)[_\-:.\s])/i;
const JOINERS_END = /[\s_\-:.]+$/;
const JOINERS_START = /^[\s_\-:.]+/;

/** A header read by the naming conventions: feature stem and side. */
export interface HeaderSide {
  name: string;
  side: Side;
}

/** Reads a header cell by any common naming convention, side word before or after the name. */
export function readSideHeader(cell: string): HeaderSide | undefined {
  if (cell.length > MAX_HEADER_LENGTH) return undefined;
  const text = cell.replace(/\s+/g, ' ').trim();
  const s = SUFFIX.exec(text);
  if (s) {
    const side = SIDE_WORDS[(s[1] ?? s[2] ?? '').toLowerCase()];
    const name = text.slice(0, s.index).replace(JOINERS_END, '').trim();
    if (side && name !== '') return { name, side };
  }
  const p = PREFIX.exec(text);
  if (p) {
    const side = SIDE_WORDS[(p[1] ?? p[2] ?? '').toLowerCase()];
    const name = text.slice(p[0].length).replace(JOINERS_START, '').trim();
    if (side && name !== '') return { name, side };
  }
  return undefined;
}

/** Words that turn a question into its dysfunctional form (English and German). */
const NEGATION =
  /\b(?:not|no|without|never|lacks?|lacking|missing|absent|cannot|nicht|kein|keine|keinen|keinem|keiner|ohne|fehlt|fehlen|fehlte|fehlten|nie)\b|n't\b/i;
/** True when a question reads as the dysfunctional form (feature absent). */
export function isNegativeQuestion(text: string): boolean {
  return NEGATION.test(text.replace(/[\u2018\u2019]/g, "'"));
}

const tokens = (text: string) => text.replace(/\s+/g, ' ').trim().split(' ');

function commonPrefix(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n]?.toLowerCase() === b[n]?.toLowerCase()) n += 1;
  return n;
}

function commonSuffix(a: readonly string[], b: readonly string[], limit: number): number {
  let n = 0;
  while (n < limit && a[a.length - 1 - n]?.toLowerCase() === b[b.length - 1 - n]?.toLowerCase()) n += 1;
  return n;
}

const clean = (s: string) =>
  s
    .replace(/^[\s[(“"'‘:;,.?!-]+|[\s\])”"'’:;,.?!-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Words that start a question's template rather than a feature, dropped from a lone pair's name. */
const LEAD = new Set(
  'if the a an it this that you your had has have with were was is are of to for and wenn der die das ein eine einen es sie ihr ihre hätte hätten wäre wären mit und'.split(
    ' ',
  ),
);

/**
 * Feature names for question pairs, from what the two questions of each pair share: the shared
 * ending (or, failing that, the shared beginning), minus the wording every pair has in common; ""
 * where they share nothing that could name the feature.
 */
export function namesFromQuestions(pairs: readonly (readonly [string, string])[]): string[] {
  const parts = pairs.map(([f, d]) => {
    const a = tokens(f);
    const b = tokens(d);
    const pre = commonPrefix(a, b);
    const suf = commonSuffix(a, b, Math.min(a.length, b.length) - pre);
    return { pre: a.slice(0, pre), suf: a.slice(a.length - suf) };
  });
  const shared = (lists: string[][], fromEnd: boolean) => {
    if (lists.length < 2) return 0;
    let n = Math.min(...lists.map((l) => l.length));
    for (const l of lists.slice(1)) {
      const first = lists[0] ?? [];
      n = Math.min(n, fromEnd ? commonSuffix(first, l, n) : commonPrefix(first, l));
    }
    return n;
  };
  const preShared = shared(
    parts.map((p) => p.pre),
    false,
  );
  const sufShared = shared(
    parts.map((p) => p.suf),
    true,
  );
  return parts.map((p) => {
    const suf = clean(
      p.suf
        .slice(0, p.suf.length - sufShared)
        .join(' ')
        .split(/[,?;:]/)[0] ?? '',
    );
    const pre = clean(
      p.pre
        .slice(preShared)
        .join(' ')
        .split(/[,?;:]/)
        .pop() ?? '',
    );
    let name = suf !== '' ? suf : pre;
    if (pairs.length < 2) {
      const ws = name.split(' ');
      while (ws.length > 1 && LEAD.has((ws[0] ?? '').toLowerCase())) ws.shift();
      name = ws.join(' ');
    }
    return name;
  });
}

/** A leading whole number 1 to 10 of an importance cell: "6", "9 - Extremely important", "7."; else undefined. */
export function parseImportance(raw: string): number | undefined {
  const m = /^\s*(\d{1,2})\s*(?:$|[-–—:)].*$|\.\s*$|\.\s.*$|\s.*$)/s.exec(raw);
  if (!m) return undefined;
  const n = Number(m[1]);
  return n >= 1 && n <= 10 ? n : undefined;
}

/** Share of non-blank cells in a column that a reader accepts, and how many were not blank. */
function accepted(rows: readonly (readonly string[])[], column: number, ok: (cell: string) => boolean) {
  let filled = 0;
  let good = 0;
  for (const r of rows) {
    const cell = (r[column] ?? '').trim();
    if (cell === '') continue;
    filled += 1;
    if (ok(cell)) good += 1;
  }
  return { filled, share: filled === 0 ? 0 : good / filled };
}

/** True when a column's values look like answers (most non-blank cells are an answer `recognition` knows). */
export function looksLikeAnswers(
  rows: readonly (readonly string[])[],
  column: number,
  recognition: AnswerRecognition,
): boolean {
  const a = accepted(rows, column, (c) => parseAnswer(c, recognition) !== undefined);
  return a.filled === 0 || a.share >= 0.5;
}

/** True when a column's values look like a self-stated importance scale (1-5, 1-7 or 1-9, texts allowed). */
export function looksLikeImportance(rows: readonly (readonly string[])[], column: number): boolean {
  const a = accepted(rows, column, (c) => parseImportance(c) !== undefined);
  return a.filled > 0 && a.share >= 0.9;
}
