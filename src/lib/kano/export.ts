import Papa from 'papaparse';
import type { FeatureResult } from './feature';
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

/** Neutralises spreadsheet formulas: text starting with = + - @, a tab or a return gets a leading apostrophe. */
export function escapeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
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
