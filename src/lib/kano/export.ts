import Papa from 'papaparse';
import type { Analysis, FeatureAnalysis, GroupAnalysis } from './analysis';
import type { Rule } from './classify';
import type { FeatureResult } from './feature';
import type { ColumnMapping } from './mapping';
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
  'mixed',
  'topP',
  'clear',
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

const text = (s: string) => escapeFormula(s);

function analysisRow(
  g: GroupAnalysis,
  f: FeatureAnalysis,
  a: Analysis,
  test: ChiSquareTest | undefined,
  l: ExportLabels,
): (string | number)[] {
  const yesNo = (b: boolean) => (b ? l.yes : l.no);
  return [
    g.name === undefined ? l.allRespondents : text(g.name === '' ? l.blank : g.name),
    g.respondents,
    text(f.name),
    f.total,
    ...CATEGORIES.map((c) => f.counts[c]),
    l.tables[a.options.table],
    l.rules[a.options.rule],
    f.category === undefined ? '' : l.categories[f.category],
    f.runnerUp === undefined ? '' : l.categories[f.runnerUp],
    round(f.strength, 1),
    yesNo(f.mixed),
    round(f.test?.p, 4),
    f.test === undefined ? '' : yesNo(f.test.clear),
    round(f.better, 3),
    round(f.betterInterval?.low, 3),
    round(f.betterInterval?.high, 3),
    round(f.worse, 3),
    round(f.worseInterval?.low, 3),
    round(f.worseInterval?.high, 3),
    round(f.importance.mean, 2),
    round(f.importance.sd, 2),
    a.hasImportance ? f.importance.n : '',
    round(f.continuous.functional.mean, 2),
    round(f.continuous.functional.sd, 2),
    round(f.continuous.dysfunctional.mean, 2),
    round(f.continuous.dysfunctional.sd, 2),
    f.quadrant ?? '',
    yesNo(f.manyQuestionable),
    yesNo(f.manyReverse),
    round(test?.statistic, 3),
    test?.df ?? '',
    round(test?.p, 4),
    test === undefined ? '' : test.method === 'asymptotic' ? l.asymptotic : l.monteCarlo(test.resamples, test.seed),
  ];
}

/** What the full export needs besides the analysis: the mapping and the answers as read. */
export interface ExportContext {
  /** The words the file is written in, from the page's language. */
  labels: ExportLabels;
  header: readonly string[];
  mapping: ColumnMapping;
  answers: readonly DistinctAnswer[];
}

/**
 * The full analysis as CSV: one row per feature for everyone, then per segment; then, after a
 * blank line, the column mapping and the answer mapping used, so the figures can be reproduced.
 */
export function analysisCsv(a: Analysis, ctx: ExportContext): string {
  const l = ctx.labels;
  const rows: (string | number)[][] = [analysisHeader(l)];
  for (const g of [a.overall, ...a.segments])
    g.features.forEach((f, j) => {
      rows.push(analysisRow(g, f, a, g.name === undefined ? a.segmentTests[j] : undefined, l));
    });
  const col = (c: number | null) => (c === null ? '' : text(ctx.header[c] ?? `#${c + 1}`));
  const m = l.mapping;
  rows.push([], [m.heading], [m.feature, m.functional, m.dysfunctional, m.importance]);
  for (const f of ctx.mapping.features)
    rows.push([text(f.name), col(f.functional), col(f.dysfunctional), col(f.importance)]);
  rows.push([m.segment, col(ctx.mapping.segment)]);
  const w = l.answers;
  rows.push([], [w.heading], [w.text, w.readAs, w.cells]);
  for (const x of ctx.answers) rows.push([text(x.text), x.level ?? w.unassigned, x.count]);
  return `${Papa.unparse(rows, { newline: '\n' })}\n`;
}
