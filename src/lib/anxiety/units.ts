/** Time units a reader can type a duration in, smallest first. */
export const TIME_UNITS = ['minute', 'hour', 'day', 'week', 'month', 'year'] as const;

/** One of the time units. */
export type TimeUnit = (typeof TIME_UNITS)[number];

/**
 * Minutes in each unit. A month is a twelfth of a year of 365.25 days, so twelve months
 * make exactly one year, seven days one week and 24 hours one day.
 */
const MINUTES: Record<TimeUnit, number> = {
  minute: 1,
  hour: 60,
  day: 1440,
  week: 10080,
  month: 43830,
  year: 525960,
};

/** The longest duration the tool accepts: fifty years, in days. */
export const MAX_DAYS = 50 * 365.25;

/** Converts an amount of a unit to days. */
export function toDays(amount: number, unit: TimeUnit): number {
  return (amount * MINUTES[unit]) / MINUTES.day;
}

/** Converts days to an amount of a unit. */
export function fromDays(days: number, unit: TimeUnit): number {
  return (days * MINUTES.day) / MINUTES[unit];
}

/** The largest amount of a unit the tool accepts (fifty years). */
export function maxInUnit(unit: TimeUnit): number {
  return fromDays(MAX_DAYS, unit);
}

/** The unit that shows a span of days with readable numbers, for a chart's time axis. */
export function displayUnit(days: number): TimeUnit {
  if (days < 2 / 24) return 'minute';
  if (days < 2) return 'hour';
  if (days < 8 * 7) return 'day';
  if (days < 183) return 'week';
  if (days < 3 * 365.25) return 'month';
  return 'year';
}
