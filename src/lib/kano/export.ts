import Papa from 'papaparse';
import type { Analysis, FeatureAnalysis, GroupAnalysis } from './analysis';
import type { FeatureResult } from './feature';
import type { ColumnMapping } from './mapping';
import type { DistinctAnswer } from './responses';
import type { ChiSquareTest } from './stats';
import { CATEGORIES, type Category } from './table';

/** Category names as written in exported files (a data format, so fixed in English). */
export const CATEGORY_NAMES: Record<Category, string> = {
  A: 'Attractive',
  O: 'One-dimensional',
  M: 'Must-be',
  I: 'Indifferent',
  R: 'Reverse',
  Q: 'Questionable',
};

/** Columns of the exported results file. */
export const RESULT_COLUMNS = [
  'Feature',
  'Answer pairs',
  ...CATEGORIES,
  'Category',
  'Runner-up',
  'Strength (points)',
  'Mixed',
  'Better',
  'Worse',
  'Quadrant',
  'Many questionable',
  'Many reverse',
] as const;

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
function resultRow(f: FeatureResult): (string | number)[] {
  return [
    escapeFormula(f.name),
    f.total,
    ...CATEGORIES.map((c) => f.counts[c]),
    f.category === undefined ? '' : CATEGORY_NAMES[f.category],
    f.runnerUp === undefined ? '' : CATEGORY_NAMES[f.runnerUp],
    round(f.strength, 1),
    f.mixed ? 'yes' : 'no',
    round(f.better, 3),
    round(f.worse, 3),
    f.quadrant ?? '',
    f.manyQuestionable ? 'yes' : 'no',
    f.manyReverse ? 'yes' : 'no',
  ];
}

/** The per-feature results as CSV text (comma-separated, quoted where needed, formula-safe). */
export function resultsCsv(features: readonly FeatureResult[]): string {
  const rows = [[...RESULT_COLUMNS], ...features.map(resultRow)];
  return `${Papa.unparse(rows, { newline: '\n' })}\n`;
}

/** Names of the evaluation tables and rules as written in exported files. */
export const TABLE_NAMES = {
  standard: 'Standard table (Berger et al. 1993)',
  pouliot: 'Modified table (Pouliot, in Berger et al. 1993)',
} as const;
export const RULE_NAMES = {
  'most-frequent': 'Most frequent category (ties M > O > A > I > R > Q)',
  'aom-vs-irq': 'If A+O+M > I+R+Q the largest of A, O, M, else the largest of I, R, Q',
} as const;

/** Columns of the full analysis export. */
export const ANALYSIS_COLUMNS = [
  'Segment',
  'Respondents in segment',
  'Feature',
  'Answer pairs',
  ...CATEGORIES,
  'Evaluation table',
  'Rule',
  'Category',
  'Runner-up',
  'Strength (points)',
  'Mixed',
  'Top vs runner-up p (exact binomial)',
  'Clear at 5%',
  'Better',
  'Better 95% low (Wilson)',
  'Better 95% high (Wilson)',
  'Worse',
  'Worse 95% low (Wilson)',
  'Worse 95% high (Wilson)',
  'Importance mean',
  'Importance SD',
  'Importance answers',
  'Functional score mean',
  'Functional score SD',
  'Dysfunctional score mean',
  'Dysfunctional score SD',
  'Quadrant',
  'Many questionable',
  'Many reverse',
  'Segments differ: chi-square',
  'Segments differ: df',
  'Segments differ: p',
  'Segments differ: p method',
] as const;

const text = (s: string) => escapeFormula(s);
const yesNo = (b: boolean) => (b ? 'yes' : 'no');

function analysisRow(
  g: GroupAnalysis,
  f: FeatureAnalysis,
  a: Analysis,
  test: ChiSquareTest | undefined,
): (string | number)[] {
  return [
    g.name === undefined ? 'All respondents' : text(g.name === '' ? '(blank)' : g.name),
    g.respondents,
    text(f.name),
    f.total,
    ...CATEGORIES.map((c) => f.counts[c]),
    TABLE_NAMES[a.options.table],
    RULE_NAMES[a.options.rule],
    f.category === undefined ? '' : CATEGORY_NAMES[f.category],
    f.runnerUp === undefined ? '' : CATEGORY_NAMES[f.runnerUp],
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
    test === undefined
      ? ''
      : test.method === 'asymptotic'
        ? 'chi-square distribution'
        : `Monte Carlo, ${test.resamples} resamples, seed ${test.seed}`,
  ];
}

/** What the full export needs besides the analysis: the mapping and the answers as read. */
export interface ExportContext {
  header: readonly string[];
  mapping: ColumnMapping;
  answers: readonly DistinctAnswer[];
}

/**
 * The full analysis as CSV: one row per feature for everyone, then per segment; then, after a
 * blank line, the column mapping and the answer mapping used, so the figures can be reproduced.
 */
export function analysisCsv(a: Analysis, ctx: ExportContext): string {
  const rows: (string | number)[][] = [[...ANALYSIS_COLUMNS]];
  for (const g of [a.overall, ...a.segments])
    g.features.forEach((f, j) => {
      rows.push(analysisRow(g, f, a, g.name === undefined ? a.segmentTests[j] : undefined));
    });
  const col = (c: number | null) => (c === null ? '' : text(ctx.header[c] ?? `#${c + 1}`));
  rows.push([], ['Column mapping'], ['Feature', 'Functional column', 'Dysfunctional column', 'Importance column']);
  for (const f of ctx.mapping.features)
    rows.push([text(f.name), col(f.functional), col(f.dysfunctional), col(f.importance)]);
  rows.push(['Segment column', col(ctx.mapping.segment)]);
  rows.push([], ['Answer mapping'], ['Answer text', 'Read as', 'Cells']);
  for (const x of ctx.answers) rows.push([text(x.text), x.level ?? 'unassigned', x.count]);
  return `${Papa.unparse(rows, { newline: '\n' })}\n`;
}
