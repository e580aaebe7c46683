import { newItemId, type RandomSource } from '../state/ids';
import { AXIS_DEFAULT, AXIS_MAX, AXIS_MIN, type AxisId, snap } from './axes';

/** A stretch of one axis; a point when `from` equals `to`. Always from <= to, both in 0 to 10. */
export interface Span {
  from: number;
  to: number;
}

/**
 * One offering on the plane: a name (plain text, may be empty) and a span on each axis. Its id keeps
 * who it is when offerings before it are removed (in this tab or another); every offering the codec
 * reads has one, examples and presets may leave it out.
 */
export interface Offering {
  id?: string;
  name: string;
  frequency: Span;
  complexity: Span;
}

/** At most this many of the reader's own offerings are kept. */
export const MAX_OFFERINGS = 8;
/** Longest name kept, in characters. */
export const MAX_NAME_LENGTH = 60;

/** A span of zero width at one score. */
export function pointSpan(value: number): Span {
  const v = snap(value);
  return { from: v, to: v };
}

/** A span between two scores, in either order, clamped and rounded. */
export function spanOf(a: number, b: number): Span {
  const x = snap(a);
  const y = snap(b);
  return x <= y ? { from: x, to: y } : { from: y, to: x };
}

/** A new offering at one point (the middle of the plane unless told). */
export function newOffering(name = '', frequency = AXIS_DEFAULT, complexity = AXIS_DEFAULT): Offering {
  return { name, frequency: pointSpan(frequency), complexity: pointSpan(complexity) };
}

/** The middle of a span. */
export function middle(span: Span): number {
  return (span.from + span.to) / 2;
}

/** The width of a span (0 for a point). */
export function width(span: Span): number {
  return span.to - span.from;
}

/** True when the offering covers a stretch of either axis rather than a single point. */
export function isSpread(o: Offering): boolean {
  return width(o.frequency) > 0 || width(o.complexity) > 0;
}

/** Moves a span so its middle sits at `centre`, keeping its width and staying inside 0 to 10. */
export function centreSpan(span: Span, centre: number): Span {
  const w = snap(width(span));
  const from = Math.min(AXIS_MAX - w, Math.max(AXIS_MIN, centre - w / 2));
  const start = snap(from);
  return { from: start, to: snap(start + w) };
}

/** Grows (or, with a negative amount, shrinks) a span by `amount` on each side, never below a point. */
export function widenSpan(span: Span, amount: number): Span {
  const mid = middle(span);
  const half = Math.max(0, width(span) / 2 + amount);
  if (half === 0) return pointSpan(snap(mid));
  return spanOf(mid - half, mid + half);
}

/** Replaces one axis of an offering. */
export function withAxis(o: Offering, axis: AxisId, span: Span): Offering {
  return axis === 'frequency' ? { ...o, frequency: span } : { ...o, complexity: span };
}

/** Moves an offering by `delta` along one axis, keeping its width. */
export function nudge(o: Offering, axis: AxisId, delta: number): Offering {
  const span = o[axis];
  return withAxis(o, axis, centreSpan(span, middle(span) + delta));
}

/** Moves an offering so its middle is at (frequency, complexity), keeping its widths. */
export function moveTo(o: Offering, frequency: number, complexity: number): Offering {
  return { ...o, frequency: centreSpan(o.frequency, frequency), complexity: centreSpan(o.complexity, complexity) };
}

/** Sets one end of one axis, pushing the other end along when they would cross. */
export function setEnd(o: Offering, axis: AxisId, end: 'from' | 'to', value: number): Offering {
  const span = o[axis];
  const v = snap(value);
  if (end === 'from') return withAxis(o, axis, { from: v, to: Math.max(v, span.to) });
  return withAxis(o, axis, { from: Math.min(v, span.from), to: v });
}

/** Sets the half-widths around the current middle, as a corner handle dragged by pointer does. */
export function setHalfWidths(o: Offering, halfFrequency: number, halfComplexity: number): Offering {
  const f = middle(o.frequency);
  const c = middle(o.complexity);
  const hf = Math.abs(halfFrequency);
  const hc = Math.abs(halfComplexity);
  return { ...o, frequency: spanOf(f - hf, f + hf), complexity: spanOf(c - hc, c + hc) };
}

/** Where new offerings go, in turn, so that they do not land on top of one another. */
const SPOTS: readonly (readonly [number, number])[] = [
  [5, 5],
  [6.5, 3.5],
  [3.5, 6.5],
  [6.5, 6.5],
  [3.5, 3.5],
  [8, 5],
  [2, 5],
  [5, 8],
];

/**
 * A new, unnamed offering at the first spot no other offering's middle already occupies, with an id
 * drawn from `random` that no existing offering has.
 */
export function nextOffering(existing: readonly Offering[], random: RandomSource): Offering {
  const taken = (f: number, c: number) => existing.some((o) => middle(o.frequency) === f && middle(o.complexity) === c);
  const spot = SPOTS.find(([f, c]) => !taken(f, c)) ?? SPOTS[0] ?? [AXIS_DEFAULT, AXIS_DEFAULT];
  const ids = existing.flatMap((o) => (o.id === undefined ? [] : [o.id]));
  return { id: newItemId(random, ids), ...newOffering('', spot[0], spot[1]) };
}

/** A key for an offering in a list: its id, or its position when it has none (an example). */
export function offeringKey(o: Offering, index: number): string {
  return o.id ?? `at-${index}`;
}

/** A change to one offering, applied to the offering as it is when the change lands (another tab's changes included). */
export type OfferingChange = (o: Offering) => Offering;

/**
 * The offerings with the one known as `key` (its offeringKey) changed by `fn`, wherever it now stands;
 * unchanged when it is gone (another tab removed it).
 */
export function changeOffering(offerings: readonly Offering[], key: string, fn: OfferingChange): Offering[] {
  return offerings.map((o, i) => (offeringKey(o, i) === key ? fn(o) : o));
}

/** A change of the name alone: every other field stays as it is when the change lands. */
export function renameTo(name: string): OfferingChange {
  return (o) => ({ ...o, name });
}

/** A change of one axis alone: `fn` gets that axis as it is when the change lands. */
export function changeAxis(axis: AxisId, fn: (span: Span) => Span): OfferingChange {
  return (o) => withAxis(o, axis, fn(o[axis]));
}

/** A change of the place alone (both spans as `moved` has them, from a drag on the plane): the name stays as it is when the change lands. */
export function placeAs(moved: Offering): OfferingChange {
  return (o) => ({ ...o, frequency: moved.frequency, complexity: moved.complexity });
}

/**
 * The offerings without the one known as `key` (wherever it now stands), with the selection kept on the
 * offering it was on, or on its neighbour when that was the one removed; unchanged when it is gone already.
 */
export function removeOffering<S extends { offerings: readonly Offering[]; selected: number }>(s: S, key: string): S {
  const index = s.offerings.findIndex((o, i) => offeringKey(o, i) === key);
  if (index < 0) return s;
  const offerings = s.offerings.filter((_, i) => i !== index);
  const selected = s.selected > index ? s.selected - 1 : Math.min(s.selected, Math.max(0, offerings.length - 1));
  return { ...s, offerings, selected };
}

/**
 * The offerings with `added` at the end and selected, applied to the state as it is now (another tab may
 * have added one since the last render); unchanged when it already holds MAX_OFFERINGS.
 */
export function addOffering<S extends { offerings: readonly Offering[]; selected: number }>(s: S, added: Offering): S {
  if (s.offerings.length >= MAX_OFFERINGS) return s;
  return { ...s, offerings: [...s.offerings, added], selected: s.offerings.length };
}
