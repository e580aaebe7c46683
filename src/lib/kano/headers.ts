import type { IssueLog } from './issues';

/** Where one feature's two answers sit in the file (0-based column indexes). */
export interface FeatureColumns {
  name: string;
  functional: number;
  dysfunctional: number;
}

type Side = 'functional' | 'dysfunctional';

/** Longer header cells are not read as feature names (keeps the pattern fast on hostile input). */
export const MAX_HEADER_LENGTH = 300;

/**
 * "Name (functional)", "Name (dysfunctional)", the short forms "Name:f", "Name:d", and the German
 * "Name (funktional)", "Name (dysfunktional)".
 */
const HEADER =
  /^(.*?)\s*(?:\(\s*(functional|dysfunctional|funktional|dysfunktional)\s*\)|:\s*(f|d|functional|dysfunctional|funktional|dysfunktional))$/i;

/** The header of the respondent column the site's own export of collected codes writes first. */
export const RESPONDENT_HEADER = 'Respondent';

/** True for the site's own respondent column: it names respondents, so reading it as no feature is no problem. */
export function isRespondentColumn(cell: string): boolean {
  return cell.trim().toLowerCase() === RESPONDENT_HEADER.toLowerCase();
}

/** Reads one header cell as a feature name and side, or undefined when it is not a feature column. */
export function readHeader(cell: string): { name: string; side: Side } | undefined {
  if (cell.length > MAX_HEADER_LENGTH) return undefined;
  const m = HEADER.exec(cell.replace(/\s+/g, ' ').trim());
  if (!m) return undefined;
  const word = (m[2] ?? m[3] ?? '').toLowerCase();
  return { name: (m[1] ?? '').trim(), side: word.startsWith('f') ? 'functional' : 'dysfunctional' };
}

/** Pairs up the feature columns of a header row, reporting unpaired, duplicate and ignored columns. */
export function pairColumns(cells: readonly string[], log: IssueLog): FeatureColumns[] {
  const found = new Map<string, { name: string; functional?: number; dysfunctional?: number }>();
  cells.forEach((raw, column) => {
    const header = raw.trim();
    const read = readHeader(header);
    if (!read) {
      log.add({ code: 'ignored-column', severity: 'note', row: 1, column, header });
      return;
    }
    if (read.name === '') {
      log.add({ code: 'unnamed-feature', severity: 'warning', row: 1, column, header });
      return;
    }
    const key = read.name.toLowerCase();
    const entry = found.get(key) ?? { name: read.name };
    if (entry[read.side] !== undefined) {
      log.add({ code: 'duplicate-column', severity: 'warning', row: 1, column, header, feature: entry.name });
      return;
    }
    entry[read.side] = column;
    found.set(key, entry);
  });
  const features: FeatureColumns[] = [];
  for (const e of found.values()) {
    if (e.functional !== undefined && e.dysfunctional !== undefined) {
      features.push({ name: e.name, functional: e.functional, dysfunctional: e.dysfunctional });
    } else {
      const column = e.functional ?? e.dysfunctional ?? 0;
      const missing: Side = e.functional === undefined ? 'functional' : 'dysfunctional';
      log.add({
        code: 'unpaired-column',
        severity: 'error',
        row: 1,
        column,
        header: cells[column]?.trim() ?? '',
        feature: e.name,
        value: missing,
      });
    }
  }
  return features;
}
