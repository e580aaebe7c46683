import type { Analysis } from './analysis';
import { analysisRows, type ExportCell, type ExportContext, mappingRows, priorityRows } from './export';
import { SMALL_SEGMENT } from './options';
import { CATEGORIES } from './table';

/** One sheet of the workbook: its name and its rows of plain values (numbers stay numbers; never a formula). */
export interface WorkbookSheet {
  name: string;
  rows: ExportCell[][];
}

/** Names are kept as written: a spreadsheet cell holding text is never read as a formula. */
const asIs = (s: string) => s;

/** Excel's limit on a sheet name's length, and the characters it refuses in one. */
const SHEET_NAME_MAX = 31;
const sheetName = (s: string) => s.replace(/[\\/?*[\]:]/g, ' ').slice(0, SHEET_NAME_MAX);

/**
 * The workbook's sheets: counts; results with intervals and tests (everyone, then each segment);
 * segments with the chi-square test per feature; the column and answer mappings; the priority list;
 * the method.
 */
export function workbookSheets(a: Analysis, ctx: ExportContext): WorkbookSheet[] {
  const l = ctx.labels;
  const c = l.columns;
  const counts: ExportCell[][] = [[c.segment, c.respondents, c.feature, c.answerPairs, ...CATEGORIES]];
  for (const g of [a.overall, ...a.segments])
    for (const f of g.features)
      counts.push([
        g.name === undefined ? l.allRespondents : g.name === '' ? l.blank : g.name,
        g.respondents,
        f.name,
        f.total,
        ...CATEGORIES.map((k) => f.counts[k]),
      ]);
  const s = l.segmentTests;
  const segments: ExportCell[][] = [[c.segment, s.respondents, s.small]];
  for (const g of a.segments)
    segments.push([
      g.name === '' ? l.blank : (g.name ?? ''),
      g.respondents,
      g.respondents < SMALL_SEGMENT ? l.yes : l.no,
    ]);
  segments.push([], [s.feature, c.chiSquare, c.df, c.p, c.pMethod]);
  a.overall.features.forEach((f, j) => {
    const t = a.segmentTests[j];
    segments.push([
      f.name,
      t === undefined ? null : Number(t.statistic.toFixed(3)),
      t?.df ?? null,
      t === undefined ? null : Number(t.p.toFixed(4)),
      t === undefined ? null : t.method === 'asymptotic' ? l.asymptotic : l.monteCarlo(t.resamples, t.seed),
    ]);
  });
  return [
    { name: l.sheets.counts, rows: counts },
    { name: l.sheets.results, rows: analysisRows(a, l, asIs) },
    { name: l.sheets.segments, rows: segments },
    { name: l.sheets.answers, rows: mappingRows(ctx, asIs) },
    { name: l.sheets.priority, rows: priorityRows(a, ctx, asIs) },
    { name: l.sheets.method, rows: ctx.method.map((line) => [line]) },
  ].map((sheet) => ({ ...sheet, name: sheetName(sheet.name) }));
}
