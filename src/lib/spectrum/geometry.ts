import { AXIS_MAX, AXIS_MIN, snap } from './axes';
import type { Offering } from './offering';
import { middle } from './offering';

/** The plane's drawing, in SVG user units: its size and the margins around the plotting area. */
export const PLANE = { width: 480, height: 420, left: 56, right: 14, top: 14, bottom: 60 } as const;

const PLOT_WIDTH = PLANE.width - PLANE.left - PLANE.right;
const PLOT_HEIGHT = PLANE.height - PLANE.top - PLANE.bottom;
const RANGE = AXIS_MAX - AXIS_MIN;

/** Rounds a coordinate to hundredths of a unit, so drawn numbers stay short. */
function tidy(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The x of a frequency score (frequency runs left to right). */
export function xOf(frequency: number): number {
  return tidy(PLANE.left + ((frequency - AXIS_MIN) / RANGE) * PLOT_WIDTH);
}

/** The y of a complexity score (complexity runs bottom to top). */
export function yOf(complexity: number): number {
  return tidy(PLANE.top + PLOT_HEIGHT - ((complexity - AXIS_MIN) / RANGE) * PLOT_HEIGHT);
}

/** The frequency score under an x, clamped to the axis and rounded to one decimal. */
export function frequencyAt(x: number): number {
  return snap(AXIS_MIN + ((x - PLANE.left) / PLOT_WIDTH) * RANGE);
}

/** The complexity score under a y, clamped to the axis and rounded to one decimal. */
export function complexityAt(y: number): number {
  return snap(AXIS_MIN + ((PLANE.top + PLOT_HEIGHT - y) / PLOT_HEIGHT) * RANGE);
}

/** A rectangle in user units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The rectangle an offering covers (zero-sized for a point). */
export function boxOf(o: Offering): Box {
  const x = xOf(o.frequency.from);
  const y = yOf(o.complexity.to);
  return { x, y, width: tidy(xOf(o.frequency.to) - x), height: tidy(yOf(o.complexity.from) - y) };
}

/** The rectangle between two scores on each axis, e.g. one region of the plane. */
export function boxBetween(f0: number, f1: number, c0: number, c1: number): Box {
  return { x: xOf(f0), y: yOf(c1), width: tidy(xOf(f1) - xOf(f0)), height: tidy(yOf(c0) - yOf(c1)) };
}

/** Where an offering's marker is drawn: the middle of its spans. */
export function centreOf(o: Offering): { x: number; y: number } {
  return { x: xOf(middle(o.frequency)), y: yOf(middle(o.complexity)) };
}
