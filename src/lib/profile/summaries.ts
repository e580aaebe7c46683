import type { ProfileTool } from './model';
import type { Row, Summary } from './summary';

/** Each tool's summary of one offering, or undefined where nothing was taken. */
export type ToolSummaries = { [K in ProfileTool]: Summary<unknown> | undefined };

/** A compare table: one row per summary item, one cell per offering ('' where an offering has nothing). */
export interface CompareTable {
  rows: { id: string; label: string; cells: string[] }[];
}

/** Lines up one tool's summary rows across offerings by row id; no rows when no offering has any. */
export function compareTool(tool: ProfileTool, all: readonly ToolSummaries[]): CompareTable {
  const rowsOf = (s: ToolSummaries): Row[] => s[tool]?.rows ?? [];
  const template = all.map(rowsOf).find((rows) => rows.length > 0) ?? [];
  return {
    rows: template.map((r) => ({
      id: r.id,
      label: r.label,
      cells: all.map((s) => rowsOf(s).find((x) => x.id === r.id)?.value ?? ''),
    })),
  };
}
