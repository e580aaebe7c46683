import { ANSWERS, type Answer, type AnswerRecognition, normalizeAnswerText, parseAnswer } from './answers';
import { parseImportance } from './columns';
import type { IssueLog } from './issues';
import type { AnswerMapping, ColumnMapping } from './mapping';

/**
 * Already-read answers, respondents × features, row-major: the entry point for any source of
 * answers (a file, or questionnaire response codes). Levels are 0-4 in ANSWERS order, -1 for none.
 */
export interface Responses {
  features: readonly string[];
  respondents: number;
  functional: Int8Array;
  dysfunctional: Int8Array;
  /** Self-stated importance per respondent × feature, NaN where none; undefined when not asked. */
  importance?: Float64Array | undefined;
  /** Segment of each respondent (an index into names); undefined when not segmented. */
  segments?: { names: readonly string[]; of: Int32Array } | undefined;
}

/** One respondent's answers, as a caller without a file would give them. */
export interface RespondentAnswers {
  /** Per feature, the answer with the feature present, or undefined. */
  functional: readonly (Answer | undefined)[];
  dysfunctional: readonly (Answer | undefined)[];
  importance?: readonly (number | undefined)[];
  segment?: string;
}

/** Builds Responses from plain per-respondent answers (for sources other than a file). */
export function responsesFrom(features: readonly string[], rows: readonly RespondentAnswers[]): Responses {
  const n = rows.length * features.length;
  const functional = new Int8Array(n).fill(-1);
  const dysfunctional = new Int8Array(n).fill(-1);
  const hasImportance = rows.some((r) => r.importance !== undefined);
  const importance = hasImportance ? new Float64Array(n).fill(Number.NaN) : undefined;
  const names: string[] = [];
  const of = new Int32Array(rows.length);
  rows.forEach((r, i) => {
    features.forEach((_, j) => {
      const f = r.functional[j];
      const d = r.dysfunctional[j];
      functional[i * features.length + j] = f === undefined ? -1 : ANSWERS.indexOf(f);
      dysfunctional[i * features.length + j] = d === undefined ? -1 : ANSWERS.indexOf(d);
      const v = r.importance?.[j];
      if (importance && v !== undefined && Number.isFinite(v)) importance[i * features.length + j] = v;
    });
    const s = r.segment ?? '';
    let k = names.indexOf(s);
    if (k < 0) k = names.push(s) - 1;
    of[i] = k;
  });
  const segmented = rows.some((r) => r.segment !== undefined);
  return {
    features,
    respondents: rows.length,
    functional,
    dysfunctional,
    importance,
    segments: segmented ? { names, of } : undefined,
  };
}

/** One distinct answer text found in the mapped columns. */
export interface DistinctAnswer {
  /** The normalised text, the key of the answer mapping. */
  key: string;
  /** The text as first seen. */
  text: string;
  /** How many cells hold it. */
  count: number;
  /** What it is read as without help, or undefined when not recognised. */
  recognised: Answer | undefined;
  /** What it is read as now (the reader's choice, else the recognised level); null when unassigned. */
  level: Answer | null;
}

/** Most distinct answer texts listed for assignment; the rest are counted. */
export const MAX_DISTINCT_ANSWERS = 200;

/** What encoding a table with a mapping produced. */
export interface Encoded {
  responses: Responses;
  answers: DistinctAnswer[];
  /** Distinct answers beyond MAX_DISTINCT_ANSWERS (not listed, not counted). */
  answersLeftOut: number;
  /** Data rows that were not blank. */
  rowsRead: number;
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** Rows encoded between progress reports. */
export const ENCODE_CHUNK = 2000;

/**
 * Reads every mapped cell of the data rows into Responses, yielding the share done every
 * ENCODE_CHUNK rows: a cell is read by the reader's choice in `chosen`, else as `recognition` reads
 * it. Each cell not counted is logged with its row and column.
 */
export function* encodeRows(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  chosen: AnswerMapping,
  log: IssueLog,
  recognition: AnswerRecognition,
): Generator<number, Encoded> {
  const features = mapping.features;
  const nf = features.length;
  const distinct = new Map<string, DistinctAnswer>();
  let leftOut = 0;
  const byRaw = new Map<string, { d: DistinctAnswer | undefined; level: number }>();
  /** Level index of a raw cell (-1 unassigned), counting the distinct text. */
  const read = (raw: string): number => {
    const hit = byRaw.get(raw);
    if (hit) {
      if (hit.d) hit.d.count += 1;
      return hit.level;
    }
    const key = normalizeAnswerText(raw);
    let d = distinct.get(key);
    if (!d) {
      const recognised = parseAnswer(raw, recognition);
      const pick = Object.hasOwn(chosen, key) ? (chosen[key] ?? null) : (recognised ?? null);
      d = { key, text: raw, count: 0, recognised, level: pick };
      if (distinct.size < MAX_DISTINCT_ANSWERS) distinct.set(key, d);
      else leftOut += 1;
    }
    d.count += 1;
    const level = d.level === null ? -1 : ANSWERS.indexOf(d.level);
    if (byRaw.size < 10_000) byRaw.set(raw, { d: distinct.get(key), level });
    return level;
  };
  const max = rows.length * nf;
  const functional = new Int8Array(max).fill(-1);
  const dysfunctional = new Int8Array(max).fill(-1);
  const withImportance = features.some((f) => f.importance !== null);
  const importance = withImportance ? new Float64Array(max).fill(Number.NaN) : undefined;
  const segmentNames: string[] = [];
  const segmentIndex = new Map<string, number>();
  const segmentOf: number[] = [];
  let respondents = 0;
  let rowsRead = 0;
  let last = rows.length - 1;
  while (last >= 0 && isBlank(rows[last] ?? [])) last -= 1;
  for (let r = 0; r <= last; r += 1) {
    if (r > 0 && r % ENCODE_CHUNK === 0) yield r / (last + 1);
    const cells = rows[r] ?? [];
    const row = r + 2;
    if (isBlank(cells)) {
      log.add({ code: 'empty-row', severity: 'note', row });
      continue;
    }
    rowsRead += 1;
    if (cells.length < header.length) log.add({ code: 'short-row', severity: 'warning', row, amount: cells.length });
    else if (cells.length > header.length && !isBlank(cells.slice(header.length)))
      log.add({ code: 'long-row', severity: 'warning', row, amount: cells.length });
    const base = respondents * nf;
    let valid = false;
    features.forEach((f, j) => {
      const fRaw = (cells[f.functional] ?? '').trim();
      const dRaw = (cells[f.dysfunctional] ?? '').trim();
      if (f.importance !== null && importance) {
        const raw = (cells[f.importance] ?? '').trim();
        if (raw !== '') {
          const v = parseImportance(raw);
          if (v === undefined)
            log.add({
              code: 'bad-importance',
              severity: 'warning',
              row,
              column: f.importance,
              feature: f.name,
              value: raw,
            });
          else importance[base + j] = v;
        }
      }
      if (fRaw === '' && dRaw === '') return;
      if (fRaw === '' || dRaw === '') {
        const column = fRaw === '' ? f.functional : f.dysfunctional;
        log.add({ code: 'half-answer', severity: 'warning', row, column, feature: f.name });
        return;
      }
      const fi = read(fRaw);
      const di = read(dRaw);
      if (fi < 0)
        log.add({
          code: 'unknown-answer',
          severity: 'warning',
          row,
          column: f.functional,
          feature: f.name,
          value: fRaw,
        });
      if (di < 0)
        log.add({
          code: 'unknown-answer',
          severity: 'warning',
          row,
          column: f.dysfunctional,
          feature: f.name,
          value: dRaw,
        });
      if (fi < 0 || di < 0) return;
      functional[base + j] = fi;
      dysfunctional[base + j] = di;
      valid = true;
    });
    if (!valid) {
      if (importance) importance.fill(Number.NaN, base, base + nf);
      if (nf > 0) log.add({ code: 'row-not-counted', severity: 'warning', row });
      continue;
    }
    if (mapping.segment !== null) {
      const s = (cells[mapping.segment] ?? '').trim();
      let k = segmentIndex.get(s);
      if (k === undefined) {
        k = segmentNames.push(s) - 1;
        segmentIndex.set(s, k);
      }
      segmentOf.push(k);
    }
    respondents += 1;
  }
  const n = respondents * nf;
  const responses: Responses = {
    features: features.map((f) => f.name),
    respondents,
    functional: functional.slice(0, n),
    dysfunctional: dysfunctional.slice(0, n),
    importance: importance?.slice(0, n),
    segments: mapping.segment === null ? undefined : { names: segmentNames, of: Int32Array.from(segmentOf) },
  };
  return { responses, answers: [...distinct.values()], answersLeftOut: leftOut, rowsRead };
}
