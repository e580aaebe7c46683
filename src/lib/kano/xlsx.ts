import writeXlsxFile, { type Cell, type Row } from 'write-excel-file/universal';
import type { WorkbookSheet } from './workbook';

/** The MIME type of an .xlsx workbook. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const cell = (v: string | number | null): Cell =>
  v === null ? null : typeof v === 'number' ? { value: v, type: Number } : { value: v, type: String };

/** Writes the sheets as one .xlsx workbook (loaded only when asked for: this module pulls in the writer). */
export function writeWorkbook(sheets: readonly WorkbookSheet[]): Promise<Blob> {
  return writeXlsxFile(sheets.map((s) => ({ sheet: s.name, data: s.rows.map((r): Row => r.map(cell)) }))).toBlob();
}
