import Papa from 'papaparse';
import { type Analysis, analyseSteps, finish } from './analysis';
import { type AnswerRecognition, parseAnswer } from './answers';
import type { FeatureResult } from './feature';
import { isRespondentColumn } from './headers';
import { IssueLog, type SurveyIssue } from './issues';
import { MAX_CHARS, MAX_ISSUES } from './limits';
import { type AnswerMapping, type ColumnMapping, fitMapping, proposeMapping } from './mapping';
import { type AnalysisOptions, DEFAULT_OPTIONS } from './options';
import type { PriorityKey } from './priority';
import { type DistinctAnswer, encodeRows } from './responses';

/** A survey file split into header and rows. */
export interface SurveyTable {
  header: string[];
  rows: string[][];
  /** The separator found: ',', ';', a tab or '|'. */
  delimiter: string;
}

/** What the reader has chosen; anything left out is proposed. */
export interface SurveySettings {
  mapping?: ColumnMapping | undefined;
  answers?: AnswerMapping | undefined;
  options?: AnalysisOptions | undefined;
  /** How the priority list orders features within a category; the analysis itself does not read it. */
  priority?: PriorityKey | undefined;
}

/** Everything a survey run produces: the mapping used, the answers found, the analysis and the problems. */
export interface SurveyRun {
  header: string[];
  delimiter: string;
  /** The mapping used; each row proposed by the tool says how it was found (`found`), kept through the reader's reruns. */
  mapping: ColumnMapping;
  answers: DistinctAnswer[];
  answersLeftOut: number;
  rowsRead: number;
  analysis: Analysis | undefined;
  issues: SurveyIssue[];
  issueCount: number;
}

/** Rows the separator is guessed from. */
const GUESS_ROWS = 20;

/** Reads CSV text into a table, logging size, emptiness, separator and quoting problems; undefined when unreadable. */
export function readTable(input: string, log: IssueLog): SurveyTable | undefined {
  if (input.length > MAX_CHARS) {
    log.add({ code: 'too-large', severity: 'error', amount: input.length });
    return undefined;
  }
  const text = input.replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    log.add({ code: 'empty-input', severity: 'error' });
    return undefined;
  }
  // Guessed on the first rows with blank lines left out: a blank last line would otherwise count as a
  // one-field row and let "," win in a ";" file whose numbers have decimal commas ("4,25").
  const guessed = Papa.parse<string[]>(text, {
    preview: GUESS_ROWS,
    skipEmptyLines: true,
    delimitersToGuess: [',', ';', '\t', '|'],
  }).meta.delimiter;
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: guessed || ',' });
  const delimiter = parsed.meta.delimiter || ',';
  if (delimiter !== ',') log.add({ code: 'delimiter', severity: 'note', value: delimiter });
  for (const e of parsed.errors) {
    if (e.type === 'Quotes')
      log.add({ code: 'parse-error', severity: 'warning', row: (e.row ?? 0) + 1, value: e.code });
  }
  const [header = [], ...rows] = parsed.data;
  return { header: header.map((h) => h.trim()), rows, delimiter };
}

/** True when a header row reads as answers or numbers rather than names: the file has no header. */
function looksHeaderless(header: readonly string[], recognition: AnswerRecognition): boolean {
  const filled = header.filter((h) => h !== '');
  const data = filled.filter((h) => parseAnswer(h, recognition) !== undefined || /^-?\d+([.,]\d+)?$/.test(h));
  return filled.length > 0 && data.length / filled.length >= 0.5;
}

/**
 * Runs a survey table through mapping, encoding and analysis, yielding progress from 0 to 1; answers
 * are read as `recognition` reads them unless the reader chose otherwise.
 */
export function* surveySteps(
  table: SurveyTable,
  settings: SurveySettings,
  log: IssueLog,
  recognition: AnswerRecognition,
): Generator<number, Omit<SurveyRun, 'issues' | 'issueCount'>> {
  const { header, rows, delimiter } = table;
  let mapping: ColumnMapping;
  let reported: number[] = [];
  if (settings.mapping) mapping = fitMapping(settings.mapping, header.length);
  else ({ mapping, reported } = proposeMapping(header, rows, log, recognition));
  const used = new Set(mapping.features.flatMap((f) => [f.functional, f.dysfunctional, f.importance ?? -1]));
  for (const c of reported) used.add(c);
  if (mapping.segment !== null) used.add(mapping.segment);
  header.forEach((h, column) => {
    if (!used.has(column) && !isRespondentColumn(h))
      log.add({ code: 'ignored-column', severity: 'note', row: 1, column, header: h });
  });
  const base = { header, delimiter, mapping, answers: [], answersLeftOut: 0, rowsRead: 0 };
  if (mapping.features.length === 0) {
    log.add({
      code: looksHeaderless(header, recognition) ? 'no-header' : 'no-feature-columns',
      severity: 'error',
      row: 1,
    });
    return { ...base, analysis: undefined };
  }
  const encoding = encodeRows(header, rows, mapping, settings.answers ?? {}, log, recognition);
  let step = encoding.next();
  while (!step.done) {
    yield step.value * 0.8;
    step = encoding.next();
  }
  const encoded = step.value;
  if (encoded.answersLeftOut > 0)
    log.add({ code: 'answers-left-out', severity: 'warning', amount: encoded.answersLeftOut });
  const steps = analyseSteps(encoded.responses, settings.options ?? DEFAULT_OPTIONS);
  let a = steps.next();
  while (!a.done) {
    yield 0.8 + a.value * 0.2;
    a = steps.next();
  }
  const analysis = a.value;
  if (encoded.responses.respondents > 0)
    for (const f of analysis.overall.features)
      if (f.total === 0) log.add({ code: 'feature-no-answers', severity: 'warning', feature: f.name });
  if (encoded.responses.respondents === 0) log.add({ code: 'no-answers', severity: 'error' });
  return {
    ...base,
    answers: encoded.answers,
    answersLeftOut: encoded.answersLeftOut,
    rowsRead: encoded.rowsRead,
    analysis: encoded.responses.respondents > 0 ? analysis : undefined,
  };
}

/** A run that read nothing: no table, no mapping, no analysis; only the problems met so far. */
export function emptyRun(log: IssueLog): SurveyRun {
  return {
    header: [],
    delimiter: ',',
    mapping: { features: [], segment: null },
    answers: [],
    answersLeftOut: 0,
    rowsRead: 0,
    analysis: undefined,
    issues: log.shown,
    issueCount: log.total,
  };
}

/** Reads, maps and analyses a survey in one go (tests, benchmarks, small files); never throws. */
export function runSurvey(
  text: string,
  recognition: AnswerRecognition,
  settings: SurveySettings = {},
  maxIssues: number = MAX_ISSUES,
): SurveyRun {
  const log = new IssueLog(maxIssues);
  const done = (run: Omit<SurveyRun, 'issues' | 'issueCount'>): SurveyRun => ({
    ...run,
    issues: log.shown,
    issueCount: log.total,
  });
  try {
    const table = readTable(text, log);
    if (!table) return emptyRun(log);
    return done(finish(surveySteps(table, settings, log, recognition)));
  } catch {
    log.add({ code: 'parse-error', severity: 'error' });
    return emptyRun(log);
  }
}

/** The short outcome of reading a survey with the proposed mapping: features of everyone, and problems. */
export interface SurveyResult {
  features: FeatureResult[];
  /** Data rows with at least one valid answer pair. */
  respondents: number;
  /** Data rows that were not empty. */
  rowsRead: number;
  delimiter: string;
  issues: SurveyIssue[];
  issueCount: number;
}

/** Reads a survey CSV with the proposed mapping and classifies every feature; never throws. */
export function parseSurvey(
  text: string,
  recognition: AnswerRecognition,
  maxIssues: number = MAX_ISSUES,
): SurveyResult {
  const run = runSurvey(text, recognition, {}, maxIssues);
  return {
    features: run.analysis?.overall.features ?? [],
    respondents: run.analysis?.respondents ?? 0,
    rowsRead: run.rowsRead,
    delimiter: run.delimiter,
    issues: run.issues,
    issueCount: run.issueCount,
  };
}
