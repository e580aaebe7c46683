import { AXIS_MAX, AXIS_MIN } from './axes';
import type { Span } from './offering';

/** Thirds of the frequency axis, rarest first. */
export const FREQUENCY_BANDS = ['rare', 'occasional', 'frequent'] as const;
/** Thirds of the complexity axis, simplest first. */
export const COMPLEXITY_BANDS = ['simple', 'involved', 'complex'] as const;
/** A third of the frequency axis. */
export type FrequencyBand = (typeof FREQUENCY_BANDS)[number];
/** A third of the complexity axis. */
export type ComplexityBand = (typeof COMPLEXITY_BANDS)[number];

/**
 * Where the thirds meet on both axes. The essays draw no lines; these cuts are ours:
 * a score of 3.5 or more is out of the lowest third, 6.5 or more is in the highest.
 */
export const BAND_CUTS = [3.5, 6.5] as const;

/** The stretch of the axis each third covers, lowest first: [0, 3.5], [3.5, 6.5], [6.5, 10]. */
export const BAND_EDGES: readonly (readonly [number, number])[] = [
  [AXIS_MIN, BAND_CUTS[0]],
  [BAND_CUTS[0], BAND_CUTS[1]],
  [BAND_CUTS[1], AXIS_MAX],
];

/** Which third (0, 1 or 2) a score falls in; a score on a cut belongs to the higher third. */
export function bandIndex(value: number): 0 | 1 | 2 {
  if (value >= BAND_CUTS[1]) return 2;
  if (value >= BAND_CUTS[0]) return 1;
  return 0;
}

/** The thirds (0, 1, 2) a span reaches, lowest first; a span ending exactly on a cut does not reach past it. */
export function bandsReached(span: Span): (0 | 1 | 2)[] {
  const first = bandIndex(span.from);
  const last = span.to > span.from ? bandIndex(Math.max(span.from, span.to - 1e-9)) : first;
  const out: (0 | 1 | 2)[] = [];
  for (const b of [0, 1, 2] as const) if (b >= first && b <= last) out.push(b);
  return out;
}
