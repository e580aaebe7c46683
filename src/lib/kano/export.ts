import Papa from 'papaparse';
import type { Analysis, FeatureAnalysis, GroupAnalysis } from './analysis';
import type { Rule } from './classify';
import type { FeatureResult } from './feature';
import type { ColumnMapping } from './mapping';
import { keyValue, type PriorityKey, priorityList } from './priority';
import type { DistinctAnswer } from './responses';
import type { ChiSquareTest } from './stats';
import { CATEGORIES, type Category, type TableVariant } from './table';

/** The words an export is written in (column headers and the few words in cells), from the page's language. */
export interface ExportLabels {
  categories: Readonly<Record<Category, string>>;
  columns: Readonly<Record<AnalysisColumn, string>>;
  yes: string;
  no: string;
  allRespondents: string;
  blank: string;
  tables: Readonly<Record<TableVariant, string>>;
  rules: Readonly<Record<Rule, string>>;
  asymptotic: string;
  monteCarlo: (resamples: number, seed: number) => string;
  mapping: Readonly<Record<'heading' | 'feature' | 'functional' | 'dysfunctional' | 'importance' | 'segment', string>>;
  answers: Readonly<Record<'heading' | 'text' | 'readAs' | 'cells' | 'unassigned', string>>;
  priority: {
    heading: string;
    rank: string;
    category: string;
    feature: string;
    advice: string;
    keys: Readonly<Record<PriorityKey, string>>;
    adviceFor: Readonly<Record<Category, string>>;
  };
  method: { heading: string };
  sheets: Readonly<Record<'counts' | 'results' | 'segments' | 'answers' | 'priority' | 'method', string>>;
  segmentTests: Readonly<Record<'feature' | 'respondents' | 'small', string>>;
}

/** The named columns of the full analysis export, in order; the category counts go after `answerPairs`. */
export const ANALYSIS_COLUMNS = [
  'segment',
  'respondents',
  'feature',
  'answerPairs',
  'evaluationTable',
  'rule',
  'category',
  'runnerUp',
  'strength',
  'categoryStrength',
  'totalStrength',
  'mixed',
  'topP',
  'clear',
  'fongDifference',
  'fongCritical',
  'fongSignificant',
  'better',
  'betterLow',
  'betterHigh',
  'worse',
  'worseLow',
  'worseHigh',
  'importanceMean',
  'importanceSd',
  'importanceAnswers',
  'functionalMean',
  'functionalSd',
  'dysfunctionalMean',
  'dysfunctionalSd',
  'quadrant',
  'manyQuestionable',
  'manyReverse',
  'chiSquare',
  'df',
  'p',
  'pMethod',
] as const;

/** One named column of the full analysis export. */
export type AnalysisColumn = (typeof ANALYSIS_COLUMNS)[number];

/** Header cells of the full analysis export: the named columns with the six category codes after the answer pairs. */
export function analysisHeader(l: ExportLabels): string[] {
  const named = ANALYSIS_COLUMNS.map((c) => l.columns[c]);
  return [...named.slice(0, 4), ...CATEGORIES, ...named.slice(4)];
}

/** Header cells of the results file. */
export function resultHeader(l: ExportLabels): string[] {
  const c = l.columns;
  return [
    c.feature,
    c.answerPairs,
    ...CATEGORIES,
    c.category,
    c.runnerUp,
    c.strength,
    c.mixed,
    c.better,
    c.worse,
    c.quadrant,
    c.manyQuestionable,
    c.manyReverse,
  ];
}

/**
 * Neutralises spreadsheet formulas: text starting with = + - @, a tab, a return or the minus sign
 * U+2212 (which some spreadsheets read as a minus) gets a leading apostrophe.
 */
export function escapeFormula(cell: string): string {
  return /^[=+\-@\t\r\u2212]/.test(cell) ? `'${cell}` : cell;
}

function round(n: number | undefined, digits: number): number | string {
  if (n === undefined || !Number.isFinite(n)) return '';
  const r = Number(n.toFixed(digits));
  return r === 0 ? 0 : r;
}

/** One results row: names escaped, numbers left as numbers, undefined coefficients left empty. */
function resultRow(f: FeatureResult, l: ExportLabels): (string | number)[] {
  const names = l.categories;
  return [
    escapeFormula(f.name),
    f.total,
    ...CATEGORIES.map((c) => f.counts[c]),
    f.category === undefined ? '' : names[f.category],
    f.runnerUp === undefined ? '' : names[f.runnerUp],
    round(f.strength, 1),
    f.mixed ? l.yes : l.no,
    round(f.better, 3),
    round(f.worse, 3),
    f.quadrant ?? '',
    f.manyQuestionable ? l.yes : l.no,
    f.manyReverse ? l.yes : l.no,
  ];
}

/** The per-feature results as CSV text (comma-separated, quoted where needed, formula-safe). */
export function resultsCsv(features: readonly FeatureResult[], labels: ExportLabels): string {
  const rows = [resultHeader(labels), ...features.map((f) => resultRow(f, labels))];
  return `${Papa.unparse(rows, { newline: '\n' })}\n`;
}

/** A cell of an export: text, a number, or empty. */
export type ExportCell = string | number | null;

const num = (n: number | undefined, digits: number): number | null => {
  const r = round(n, digits);
  return typeof r === 'number' ? r : null;
};

/** One feature's row of the full analysis; `text` makes names safe for the target (CSV: formula-escaped). */
function analysisRow(
  g: GroupAnalysis,
  f: FeatureAnalysis,
  a: Analysis,
  test: ChiSquareTest | undefined,
  l: ExportLabels,
  text: (s: string) => string,
): ExportCell[] {
  const yesNo = (b: boolean) => (b ? l.yes : l.no);
  return [
    g.name === undefined ? l.allRespondents : text(g.name === '' ? l.blank : g.name),
    g.respondents,
    text(f.name),
    f.total,
    ...CATEGORIES.map((c) => f.counts[c]),
    l.tables[a.options.table],
    l.rules[a.options.rule],
    f.category === undefined ? null : l.categories[f.category],
    f.runnerUp === undefined ? null : l.categories[f.runnerUp],
    num(f.strength, 1),
    f.total === 0 ? null : num(f.categoryStrength * 100, 1),
    f.total === 0 ? null : num(f.totalStrength * 100, 1),
    yesNo(f.mixed),
    num(f.test?.p, 4),
    f.test === undefined ? null : yesNo(f.test.clear),
    f.fong?.difference ?? null,
    f.fong?.critical ?? null,
    f.fong === undefined ? null : yesNo(f.fong.significant),
    num(f.better, 3),
    num(f.betterInterval?.low, 3),
    num(f.betterInterval?.high, 3),
    num(f.worse, 3),
    num(f.worseInterval?.low, 3),
    num(f.worseInterval?.high, 3),
    num(f.importance.mean, 2),
    num(f.importance.sd, 2),
    a.hasImportance ? f.importance.n : null,
    num(f.continuous.functional.mean, 2),
    num(f.continuous.functional.sd, 2),
    num(f.continuous.dysfunctional.mean, 2),
    num(f.continuous.dysfunctional.sd, 2),
    f.quadrant ?? null,
    yesNo(f.manyQuestionable),
    yesNo(f.manyReverse),
    num(test?.statistic, 3),
    test?.df ?? null,
    num(test?.p, 4),
    test === undefined ? null : test.method === 'asymptotic' ? l.asymptotic : l.monteCarlo(test.resamples, test.seed),
  ];
}

/** What the full export needs besides the analysis: the mapping, the answers, the method and the priority order. */
export interface ExportContext {
  /** The words the file is written in, from the page's language. */
  labels: ExportLabels;
  header: readonly string[];
  mapping: ColumnMapping;
  answers: readonly DistinctAnswer[];
  /** The method in sentences, as the page states it (table, rule, respondents left out). */
  method: readonly string[];
  /** What orders features within a category in the priority list. */
  priority: PriorityKey;
}

/** Rows of the full analysis: the header, then one row per feature for everyone, then per segment. */
export function analysisRows(a: Analysis, l: ExportLabels, text: (s: string) => string): ExportCell[][] {
  const rows: ExportCell[][] = [analysisHeader(l)];
  for (const g of [a.overall, ...a.segments])
    g.features.forEach((f, j) => {
      rows.push(analysisRow(g, f, a, g.name === undefined ? a.segmentTests[j] : undefined, l, text));
    });
  return rows;
}

/** Rows of the column mapping and the answer mapping, each under its heading. */
export function mappingRows(ctx: ExportContext, text: (s: string) => string): ExportCell[][] {
  const col = (c: number | null) => (c === null ? null : text(ctx.header[c] ?? `#${c + 1}`));
  const m = ctx.labels.mapping;
  const rows: ExportCell[][] = [[m.heading], [m.feature, m.functional, m.dysfunctional, m.importance]];
  for (const f of ctx.mapping.features)
    rows.push([text(f.name), col(f.functional), col(f.dysfunctional), col(f.importance)]);
  rows.push([m.segment, col(ctx.mapping.segment)]);
  const w = ctx.labels.answers;
  rows.push([], [w.heading], [w.text, w.readAs, w.cells]);
  for (const x of ctx.answers) rows.push([text(x.text), x.level ?? w.unassigned, x.count]);
  return rows;
}

/** Rows of the priority list for everyone: rank, category, feature, the ordering value and the category's advice. */
export function priorityRows(a: Analysis, ctx: ExportContext, text: (s: string) => string): ExportCell[][] {
  const p = ctx.labels.priority;
  const digits = ctx.priority === 'importance' ? 2 : 3;
  const rows: ExportCell[][] = [[p.rank, p.category, p.feature, p.keys[ctx.priority], p.advice]];
  let rank = 0;
  for (const g of priorityList(a.overall.features, ctx.priority))
    for (const f of g.features) {
      rank += 1;
      rows.push([
        rank,
        ctx.labels.categories[g.category],
        text(f.name),
        num(keyValue(f, ctx.priority), digits),
        p.adviceFor[g.category],
      ]);
    }
  return rows;
}

/**
 * The full analysis as CSV: one row per feature for everyone, then per segment; then, each after a
 * blank line, the column and answer mappings, the priority list and the method, so the figures can be
 * reproduced.
 */
export function analysisCsv(a: Analysis, ctx: ExportContext): string {
  const l = ctx.labels;
  const rows: ExportCell[][] = [
    ...analysisRows(a, l, escapeFormula),
    [],
    ...mappingRows(ctx, escapeFormula),
    [],
    [l.priority.heading],
    ...priorityRows(a, ctx, escapeFormula),
    [],
    [l.method.heading],
    ...ctx.method.map((line) => [line]),
  ];
  return `${Papa.unparse(rows, { newline: '\n' })}\n`;
}
