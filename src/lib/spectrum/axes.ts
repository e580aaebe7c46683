/** The two axes of the spectrum: frequency (x) and complexity (y), both scored 0 to 10. */
export type AxisId = 'frequency' | 'complexity';

/** Both axes, in drawing order (x first). */
export const AXIS_IDS: readonly AxisId[] = ['frequency', 'complexity'];

/** Lowest score on either axis. */
export const AXIS_MIN = 0;
/** Highest score on either axis. */
export const AXIS_MAX = 10;
/** Scores are kept to one decimal place. */
export const AXIS_PRECISION = 10;
/** Where a new offering is placed, and what a missing value falls back to. */
export const AXIS_DEFAULT = 5;

/** The whole-number points of an axis; each has words in the text file (0 to 10). */
export const AXIS_TICKS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** One whole-number point of an axis. */
export type AxisTick = (typeof AXIS_TICKS)[number];

/** Eleven values, one per whole-number point of an axis. */
export type PerTick<T> = readonly [T, T, T, T, T, T, T, T, T, T, T];

/** Clamps a score into 0 to 10 and rounds it to one decimal; anything not finite becomes the default. */
export function snap(value: number): number {
  if (!Number.isFinite(value)) return AXIS_DEFAULT;
  const clamped = Math.min(AXIS_MAX, Math.max(AXIS_MIN, value));
  return Math.round(clamped * AXIS_PRECISION) / AXIS_PRECISION;
}

/** The whole-number point nearest a score, whose words describe it. */
export function nearestTick(value: number): AxisTick {
  const i = Math.round(snap(value));
  return AXIS_TICKS[i] ?? AXIS_DEFAULT;
}

/** A score as short text: "7", "7.5", never "7.50" or "NaN". */
export function formatScore(value: number): string {
  return String(snap(value));
}
