/** Dates in the page's language. */
import { parseSourceDate } from '../lib/citation';

/**
 * Writes a source's partial ISO date as a reader of `locale` would:
 * "13 September 2012" in English, "13. September 2012" in German; a bare year stays a year.
 */
export function formatSourceDate(iso: string, locale: string): string {
  const date = parseSourceDate(iso);
  if (!date) return iso;
  if (date.month === undefined) return String(date.year);
  const day = date.day === undefined ? {} : { day: 'numeric' as const };
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'long', ...day }).format(
    new Date(Date.UTC(date.year, date.month - 1, date.day ?? 1)),
  );
}
