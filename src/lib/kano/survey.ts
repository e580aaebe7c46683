import Papa from 'papaparse';
import { ANSWERS, parseAnswer } from './answers';
import { emptyCounts } from './counts';
import { type FeatureResult, summarizeFeature } from './feature';
import { type FeatureColumns, pairColumns } from './headers';
import { IssueLog, type SurveyIssue } from './issues';
import { MAX_CHARS, MAX_ISSUES } from './limits';
import { CATEGORIES, FLAT_TABLE } from './table';

/** The outcome of reading a survey: every valid answer pair counted, and what went wrong. */
export interface SurveyResult {
  features: FeatureResult[];
  /** Data rows with at least one valid answer pair. */
  respondents: number;
  /** Data rows that were not empty. */
  rowsRead: number;
  /** The separator found: ',', ';', a tab or '|'. */
  delimiter: string;
  /** The first MAX_ISSUES issues, in file order. */
  issues: SurveyIssue[];
  /** All issues found, including those not kept. */
  issueCount: number;
}

const CATEGORY_INDEX = FLAT_TABLE.map((c) => CATEGORIES.indexOf(c));

/** Reads an answer to its table index (0-4), or -1; memoised because surveys repeat few spellings. */
function answerReader(): (raw: string) => number {
  const cache = new Map<string, number>();
  return (raw) => {
    let index = cache.get(raw);
    if (index === undefined) {
      const a = parseAnswer(raw);
      index = a === undefined ? -1 : ANSWERS.indexOf(a);
      if (cache.size < 10_000) cache.set(raw, index);
    }
    return index;
  };
}

function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/** Counts one row's answer pairs into `tallies`; returns whether any pair was valid. */
function readRow(
  cells: readonly string[],
  row: number,
  features: readonly FeatureColumns[],
  tallies: number[][],
  read: (raw: string) => number,
  log: IssueLog,
): boolean {
  let valid = false;
  features.forEach((f, i) => {
    const fRaw = (cells[f.functional] ?? '').trim();
    const dRaw = (cells[f.dysfunctional] ?? '').trim();
    if (fRaw === '' && dRaw === '') return;
    if (fRaw === '' || dRaw === '') {
      const column = fRaw === '' ? f.functional : f.dysfunctional;
      log.add({ code: 'half-answer', severity: 'warning', row, column, feature: f.name });
      return;
    }
    const fi = read(fRaw);
    const di = read(dRaw);
    if (fi < 0)
      log.add({ code: 'unknown-answer', severity: 'warning', row, column: f.functional, feature: f.name, value: fRaw });
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
    const tally = tallies[i];
    const c = CATEGORY_INDEX[fi * 5 + di];
    if (tally && c !== undefined) tally[c] = (tally[c] ?? 0) + 1;
    valid = true;
  });
  return valid;
}

function toFeatureResult(name: string, tally: readonly number[]): FeatureResult {
  const counts = emptyCounts();
  CATEGORIES.forEach((c, i) => {
    counts[c] = tally[i] ?? 0;
  });
  return summarizeFeature(name, counts);
}

function empty(log: IssueLog, delimiter = ','): SurveyResult {
  return { features: [], respondents: 0, rowsRead: 0, delimiter, issues: log.shown, issueCount: log.total };
}

/** Reads a survey CSV (see the format in the docs) and classifies every feature; never throws. */
export function parseSurvey(text: string, maxIssues: number = MAX_ISSUES): SurveyResult {
  const log = new IssueLog(maxIssues);
  try {
    return parseInto(text, log);
  } catch {
    log.add({ code: 'parse-error', severity: 'error' });
    return empty(log);
  }
}

function parseInto(input: string, log: IssueLog): SurveyResult {
  if (input.length > MAX_CHARS) {
    log.add({ code: 'too-large', severity: 'error', amount: input.length });
    return empty(log);
  }
  const text = input.replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    log.add({ code: 'empty-input', severity: 'error' });
    return empty(log);
  }
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    delimitersToGuess: [',', ';', '\t', '|'],
  });
  const delimiter = parsed.meta.delimiter || ',';
  if (delimiter !== ',') log.add({ code: 'delimiter', severity: 'note', value: delimiter });
  for (const e of parsed.errors) {
    if (e.type === 'Quotes')
      log.add({ code: 'parse-error', severity: 'warning', row: (e.row ?? 0) + 1, value: e.code });
  }
  const rows = parsed.data;
  const header = rows[0] ?? [];
  const features = pairColumns(header, log);
  if (features.length === 0) {
    log.add({ code: 'no-feature-columns', severity: 'error', row: 1 });
    return empty(log, delimiter);
  }
  let last = rows.length - 1;
  while (last > 0 && isBlankRow(rows[last] ?? [])) last -= 1;
  const tallies = features.map(() => [0, 0, 0, 0, 0, 0]);
  const read = answerReader();
  let respondents = 0;
  let rowsRead = 0;
  for (let r = 1; r <= last; r += 1) {
    const cells = rows[r] ?? [];
    const row = r + 1;
    if (isBlankRow(cells)) {
      log.add({ code: 'empty-row', severity: 'note', row });
      continue;
    }
    rowsRead += 1;
    if (cells.length < header.length) log.add({ code: 'short-row', severity: 'warning', row, amount: cells.length });
    else if (cells.length > header.length && !isBlankRow(cells.slice(header.length)))
      log.add({ code: 'long-row', severity: 'warning', row, amount: cells.length });
    if (readRow(cells, row, features, tallies, read, log)) respondents += 1;
  }
  const results = features.map((f, i) => toFeatureResult(f.name, tallies[i] ?? []));
  for (const f of results)
    if (f.total === 0 && respondents > 0) log.add({ code: 'feature-no-answers', severity: 'warning', feature: f.name });
  if (respondents === 0) log.add({ code: 'no-answers', severity: 'error' });
  return { features: results, respondents, rowsRead, delimiter, issues: log.shown, issueCount: log.total };
}
