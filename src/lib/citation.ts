/** The parts of a partial ISO date: a year, perhaps a month (1–12), perhaps a day. */
export interface SourceDate {
  year: number;
  month?: number;
  day?: number;
}

/** Reads a partial ISO date ("2012", "2012-09", "2012-09-13"); undefined when it has no year, and no month or day out of range. */
export function parseSourceDate(iso: string): SourceDate | undefined {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || !Number.isInteger(year) || iso.trim() === '') return undefined;
  if (month === undefined || !Number.isInteger(month) || month < 1 || month > 12) return { year };
  if (day === undefined || !Number.isInteger(day) || day < 1 || day > 31) return { year, month };
  return { year, month, day };
}
