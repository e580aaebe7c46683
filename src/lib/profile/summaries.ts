import type { ProfileOffering, ProfileTool } from './model';
import type { Row, Summary } from './summary';
import { type AnxietyChart, anxietySummary } from './summary-anxiety';
import { type GridChart, gridSummary } from './summary-grid';
import { kanoSummary } from './summary-kano';
import { type QuizChart, quizSummary } from './summary-quiz';

/** Every tool's summary for one offering; a tool nothing was taken from has none. */
export interface OfferingSummaries {
  'spectrum-grid': Summary<GridChart> | undefined;
  'value-quiz': Summary<QuizChart> | undefined;
  kano: Summary<never> | undefined;
  'anxiety-gap': Summary<AnxietyChart> | undefined;
}

/** Summarises each tool's state of an offering, skipping tools with nothing taken. */
export function summariseOffering(o: ProfileOffering, locale: string): OfferingSummaries {
  const when = <S>(query: string, fn: (q: string) => S): S | undefined => (query === '' ? undefined : fn(query));
  return {
    'spectrum-grid': when(o.tools['spectrum-grid'], gridSummary),
    'value-quiz': when(o.tools['value-quiz'], quizSummary),
    kano: when(o.tools.kano, kanoSummary),
    'anxiety-gap': when(o.tools['anxiety-gap'], (q) => anxietySummary(q, locale)),
  };
}

/** A compare table: one row per summary item, one cell per offering ('' where an offering has nothing). */
export interface CompareTable {
  rows: { id: string; label: string; cells: string[] }[];
}

/** Lines up one tool's summary rows across offerings by row id; no rows when no offering has any. */
export function compareTool(tool: ProfileTool, all: readonly OfferingSummaries[]): CompareTable {
  const rowsOf = (s: OfferingSummaries): Row[] => s[tool]?.rows ?? [];
  const template = all.map(rowsOf).find((rows) => rows.length > 0) ?? [];
  return {
    rows: template.map((r) => ({
      id: r.id,
      label: r.label,
      cells: all.map((s) => rowsOf(s).find((x) => x.id === r.id)?.value ?? ''),
    })),
  };
}
