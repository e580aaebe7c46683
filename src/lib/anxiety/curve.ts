import { complexityPressure, MODEL } from './factors';
import type { ModelInput } from './inputs';
import { breakdownAt, sanitise } from './model';

/** One sampled point of the anxiety curve: days since purchase and anxiety (0 to 100). */
export interface CurvePoint {
  days: number;
  anxiety: number;
}

/** Samples before the moment of value and after it. */
export const SAMPLES = { before: 40, after: 20 } as const;

/** How long the curve runs past the moment of value: half the gap, at least an hour. */
export function tailDays(gapDays: number): number {
  return Math.max(gapDays / 2, 1 / 24);
}

/** What anxiety falls back to once the value is realised: the complexity part, after reassurance. */
export function residual(input: ModelInput): number {
  const at = breakdownAt(input, input.gapDays);
  return (
    MODEL.weights.complexity *
    complexityPressure(input.complexity) *
    (1 - MODEL.reassuranceRelief * at.values.reassurance)
  );
}

/** Anxiety `days` after the purchase: rising until the moment of value, then easing to the residual. */
export function anxietyAt(raw: ModelInput, days: number): number {
  const input = sanitise(raw);
  const t = Number.isFinite(days) ? Math.max(0, days) : 0;
  if (t <= input.gapDays) return breakdownAt(input, t).index;
  const peak = breakdownAt(input, input.gapDays).index;
  const rest = Math.min(peak, residual(input));
  const tau = tailDays(input.gapDays) / 3;
  return rest + (peak - rest) * Math.exp(-(t - input.gapDays) / tau);
}

/** How far after the window closes the curve draws the level once closed: a sliver of the gap. */
const JUST_AFTER = 1e-6;

/** The curve from the purchase to past the moment of value, as finite sampled points. */
export function anxietyCurve(raw: ModelInput): CurvePoint[] {
  const input = sanitise(raw);
  const g = input.gapDays;
  const end = g + tailDays(g);
  const times = [0];
  for (let i = 1; i <= SAMPLES.before; i++) times.push((g * i) / SAMPLES.before);
  for (let i = 1; i <= SAMPLES.after; i++) times.push(g + ((end - g) * i) / SAMPLES.after);
  const w = input.windowDays;
  // The window's closing is a step: draw the last moment it is open and the first after.
  if (w > 0 && w < g) times.push(w, Math.min(g, w + g * JUST_AFTER));
  times.sort((a, b) => a - b);
  const distinct = times.filter((t, i) => i === 0 || t > (times[i - 1] ?? 0));
  return distinct.map((days) => ({ days, anxiety: anxietyAt(input, days) }));
}

/** Named moments of the curve, for its text equivalent. */
export type KeyMoment = 'purchase' | 'window-closes' | 'window-closed' | 'halfway' | 'value' | 'after';

/**
 * The curve's key points: purchase, the return window's last open moment and the level once it has
 * closed (when it closes inside the gap), halfway, the moment of value, the end.
 */
export function keyPoints(raw: ModelInput): { moment: KeyMoment; days: number; anxiety: number }[] {
  const input = sanitise(raw);
  const g = input.gapDays;
  const points: { moment: KeyMoment; days: number; anxiety: number }[] = [
    { moment: 'purchase', days: 0, anxiety: anxietyAt(input, 0) },
  ];
  const w = input.windowDays;
  if (w > 0 && w < g) {
    points.push(
      { moment: 'window-closes', days: w, anxiety: anxietyAt(input, w) },
      { moment: 'window-closed', days: w, anxiety: anxietyAt({ ...input, windowDays: 0 }, w) },
    );
  }
  if (g > 0) {
    points.push(
      { moment: 'halfway', days: g / 2, anxiety: anxietyAt(input, g / 2) },
      { moment: 'value', days: g, anxiety: anxietyAt(input, g) },
    );
  }
  const after = g + tailDays(g);
  points.push({ moment: 'after', days: after, anxiety: anxietyAt(input, after) });
  // Stable: the two window points keep their order when they share a time.
  return points.sort((a, b) => a.days - b.days);
}
