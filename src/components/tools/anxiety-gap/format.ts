import type { Namespaces } from '../../../i18n/text';
import { formatNumber } from '../../../lib/anxiety/money';
import { displayUnit, fromDays, type TimeUnit } from '../../../lib/anxiety/units';

/** The anxiety calculator's words in one language (`useText(ANXIETY).anxietyGap`). */
export type AnxietyText = Namespaces['anxiety-gap']['anxietyGap'];

/** A duration in a chosen unit, in words: "8 weeks", "1.5 days". */
export function formatDuration(days: number, unit: TimeUnit, locale: string, t: AnxietyText): string {
  const amount = fromDays(days, unit);
  const shown = formatNumber(amount, locale, 1);
  return `${shown} ${t.units.time(unit, shown === formatNumber(1, locale) ? 1 : 2)}`;
}

/** A signed whole number for the contributions table: "+22", "−6", "0". */
export function signed(n: number, locale: string): string {
  if (n === 0) return formatNumber(0, locale, 0);
  return `${n > 0 ? '+' : '−'}${formatNumber(Math.abs(n), locale, 0)}`;
}

/** An anxiety level as shown in tables and words: a whole number. */
export function level(n: number, locale: string): string {
  return formatNumber(Math.round(n), locale, 0);
}

/** A duration in whichever unit reads best for it: "30 minutes", "14 days", "5 years". */
export function formatSpan(days: number, locale: string, t: AnxietyText): string {
  return formatDuration(days, days > 0 ? displayUnit(days) : 'day', locale, t);
}
