import type { Answer, AnswerRecognition } from './answers';
import {
  isNegativeQuestion,
  looksLikeAnswers,
  looksLikeImportance,
  namesFromQuestions,
  readSideHeader,
  type Side,
} from './columns';
import type { IssueLog } from './issues';

/** Where one feature's columns sit in the file (0-based column indexes). */
export interface FeatureMapping {
  /** Who the row is, whatever its place: edits, removal and undo find it by this (absent in a fresh proposal). */
  id?: string;
  name: string;
  functional: number;
  dysfunctional: number;
  /** The self-stated importance column, or null. */
  importance: number | null;
  /** How the tool found this row's two answer columns when it proposed them; absent once the reader chose them. */
  found?: FoundBy;
}

/** How a file's columns are read: the features, and an optional segment column. */
export interface ColumnMapping {
  features: FeatureMapping[];
  /** The column whose values split respondents into segments, or null. */
  segment: number | null;
}

/** How each distinct answer text (normalised) is read; null leaves it unassigned, so it is not counted. */
export type AnswerMapping = Record<string, Answer | null>;

/** How a proposed feature was found, so the page can say so. */
export type FoundBy = 'header' | 'question';

/** An importance column's header, in English or German ("Wichtigkeit", "Bedeutung"). */
const IMPORTANCE = /importan|wichtig|bedeutung/i;

/** Pairs columns by header naming conventions, either side first; logs unpaired and duplicate columns. */
function pairByHeader(header: readonly string[], used: Set<number>, log: IssueLog): FeatureMapping[] {
  const found = new Map<string, { name: string; first: number; functional?: number; dysfunctional?: number }>();
  header.forEach((raw, column) => {
    if (/^[(:]?\s*(?:functional|dysfunctional|funktional|dysfunktional)\s*\)?$/i.test(raw.trim())) {
      log.add({ code: 'unnamed-feature', severity: 'warning', row: 1, column, header: raw.trim() });
      used.add(column);
      return;
    }
    const read = readSideHeader(raw);
    if (!read || IMPORTANCE.test(raw)) return;
    const key = read.name.toLowerCase();
    const entry = found.get(key) ?? { name: read.name, first: column };
    if (entry[read.side] !== undefined) {
      log.add({
        code: 'duplicate-column',
        severity: 'warning',
        row: 1,
        column,
        header: raw.trim(),
        feature: entry.name,
      });
      used.add(column);
      return;
    }
    entry[read.side] = column;
    found.set(key, entry);
  });
  const out: FeatureMapping[] = [];
  for (const e of found.values()) {
    if (e.functional !== undefined && e.dysfunctional !== undefined) {
      out.push({
        name: e.name,
        functional: e.functional,
        dysfunctional: e.dysfunctional,
        importance: null,
        found: 'header',
      });
      used.add(e.functional);
      used.add(e.dysfunctional);
    } else if (e.functional !== undefined || e.dysfunctional !== undefined) {
      const column = e.functional ?? e.dysfunctional ?? 0;
      const missing: Side = e.functional === undefined ? 'functional' : 'dysfunctional';
      // Only a header that says "functional"/"dysfunctional" outright is worth a warning when alone.
      if (/functional|funktional/i.test(header[column] ?? ''))
        log.add({
          code: 'unpaired-column',
          severity: 'error',
          row: 1,
          column,
          header: (header[column] ?? '').trim(),
          feature: e.name,
          value: missing,
        });
    }
  }
  return out;
}

/** Pairs question-text columns: the one asking about the feature's absence with the most alike one asking about its presence. */
function pairByQuestion(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  used: Set<number>,
  recognition: AnswerRecognition,
): FeatureMapping[] {
  const candidates = header
    .map((h, column) => ({ h: h.trim(), column }))
    .filter(
      ({ h, column }) =>
        !used.has(column) &&
        !IMPORTANCE.test(h) &&
        h.split(/\s+/).length >= 3 &&
        rows.length > 0 &&
        looksLikeAnswers(rows, column, recognition),
    );
  const negative = candidates.filter((c) => isNegativeQuestion(c.h));
  const positive = candidates.filter((c) => !isNegativeQuestion(c.h));
  const pairs: { f: number; d: number; fh: string; dh: string }[] = [];
  const taken = new Set<number>();
  for (const d of negative) {
    let best: { column: number; h: string; score: number } | undefined;
    for (const f of positive) {
      if (taken.has(f.column)) continue;
      const score = alike(f.h, d.h);
      if (score >= 0.5 && (best === undefined || score > best.score)) best = { column: f.column, h: f.h, score };
    }
    if (best) {
      taken.add(best.column);
      pairs.push({ f: best.column, d: d.column, fh: best.h, dh: d.h });
    }
  }
  pairs.sort((a, b) => Math.min(a.f, a.d) - Math.min(b.f, b.d));
  const names = namesFromQuestions(pairs.map((p) => [p.fh, p.dh] as const));
  return pairs.map((p, i) => {
    used.add(p.f);
    used.add(p.d);
    // With no shared wording to name it, the feature is named by its own question, in the file's words.
    return { name: names[i] || p.fh, functional: p.f, dysfunctional: p.d, importance: null, found: 'question' };
  });
}

const GRAMMAR =
  /\b(?:not|no|without|never|lacks?|lacking|missing|absent|cannot|do|does|did|have|has|had|is|was|were|be|would|will|could|can|nicht|kein|keine|keinen|keinem|keiner|ohne|fehlt|fehlen|ist|sind|hat|haben|hätte|hätten|wäre|wären|würde|würden|wird|werden|könnte|kann)\b|n['’]t\b/gi;

/** How alike two questions are once the grammar words are dropped (Jaccard share of shared words). */
function alike(a: string, b: string): number {
  const set = (s: string) =>
    new Set(
      s
        .replace(GRAMMAR, ' ')
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w !== ''),
    );
  const sa = set(a);
  const sb = set(b);
  if (sa.size === 0 || sb.size === 0) return 0;
  let shared = 0;
  for (const w of sa) if (sb.has(w)) shared += 1;
  return shared / (sa.size + sb.size - shared);
}

/** Gives each feature the importance column that names it, or else the importance-like column right after its pair. */
function findImportance(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  features: FeatureMapping[],
  used: Set<number>,
): void {
  const named = (column: number) => IMPORTANCE.test(header[column] ?? '');
  const scale = (column: number) => rows.length > 0 && looksLikeImportance(rows, column);
  for (const f of features) {
    const name = f.name.toLowerCase();
    const byName = header.findIndex(
      (h, column) =>
        !used.has(column) &&
        named(column) &&
        (h.toLowerCase().includes(name) || stem(h) === name || readSideHeader(h)?.name.toLowerCase() === name),
    );
    const after = Math.max(f.functional, f.dysfunctional) + 1;
    const next = after < header.length && !used.has(after) && (named(after) || scale(after)) ? after : -1;
    const column = byName >= 0 ? byName : next;
    if (column >= 0) {
      f.importance = column;
      used.add(column);
    }
  }
}

/** A header with its importance word and joiners removed: "F6_importance" → "f6". */
function stem(h: string): string {
  return h
    .replace(/\(?\s*(?:importance|wichtigkeit|bedeutung)\s*\)?|\bimportant\b|\bwichtig\b/gi, '')
    .replace(/^[\s_\-:.]+|[\s_\-:.]+$/g, '')
    .toLowerCase();
}

/**
 * Proposes a mapping from a header row and the data rows: pairs by header conventions, then by
 * question wording (columns whose cells `recognition` reads as answers), then finds importance
 * columns. Each row says how it was found (`found`), so the page can say so whatever happens to the
 * rows around it. The reader may change every part of it.
 */
export function proposeMapping(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  log: IssueLog,
  recognition: AnswerRecognition,
): { mapping: ColumnMapping; reported: number[] } {
  const used = new Set<number>();
  const byHeader = pairByHeader(header, used, log);
  const byQuestion = pairByQuestion(header, rows, used, recognition);
  const features = [...byHeader, ...byQuestion];
  findImportance(header, rows, features, used);
  return {
    mapping: { features, segment: null },
    reported: [...used],
  };
}

/** Keeps only the parts of a (saved or edited) mapping that fit a header of `width` columns. */
export function fitMapping(mapping: ColumnMapping, width: number): ColumnMapping {
  const ok = (c: number | null) => c !== null && Number.isInteger(c) && c >= 0 && c < width;
  return {
    features: mapping.features
      .filter((f) => ok(f.functional) && ok(f.dysfunctional))
      .map((f) => ({ ...f, importance: ok(f.importance) ? f.importance : null })),
    segment: ok(mapping.segment) ? mapping.segment : null,
  };
}
