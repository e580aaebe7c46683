import { boxOf, centreOf, PLANE } from './geometry';
import type { Offering } from './offering';
import { isSpread } from './offering';
import type { ReferenceProduct } from './references';

/** Which side of its marker a label is drawn on. */
export type Side = 'right' | 'left' | 'above' | 'below';

/** Where a label goes: its anchor point, its text-anchor, and the box it is expected to cover. */
export interface LabelPlace {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: { x: number; y: number; width: number; height: number };
}

/** Rough label size in user units: the type is at most about this tall, a character about 0.6 of it wide. */
const EM = 15;

/** The place of a label on one side of a marker at (x, y), `gap` units away. */
export function labelPlace(x: number, y: number, text: string, side: Side, gap: number): LabelPlace {
  const width = text.length * EM * 0.6;
  const h = EM;
  if (side === 'right') return { x: x + gap, y, anchor: 'start', box: { x: x + gap, y: y - h / 2, width, height: h } };
  if (side === 'left')
    return { x: x - gap, y, anchor: 'end', box: { x: x - gap - width, y: y - h / 2, width, height: h } };
  const cy = side === 'above' ? y - gap - h / 2 : y + gap + h / 2;
  return { x, y: cy, anchor: 'middle', box: { x: x - width / 2, y: cy - h / 2, width, height: h } };
}

type Box = LabelPlace['box'];

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function outside(b: Box): number {
  const over = Math.max(0, PLANE.left - b.x) + Math.max(0, b.x + b.width - (PLANE.width - PLANE.right));
  const under = Math.max(0, PLANE.top - b.y) + Math.max(0, b.y + b.height - (PLANE.height - PLANE.bottom));
  return (over + under) * EM * 4;
}

/** Picks the side where a label overlaps the fewest obstacles and stays on the plot; right (or left near the right edge) on a tie. */
export function placeLabel(x: number, y: number, text: string, obstacles: readonly Box[], gap = 16): LabelPlace {
  const order: Side[] =
    x > PLANE.width * 0.7 ? ['left', 'right', 'above', 'below'] : ['right', 'left', 'above', 'below'];
  let best = labelPlace(x, y, text, order[0] ?? 'right', gap);
  let cost = Number.POSITIVE_INFINITY;
  for (const side of order) {
    const place = labelPlace(x, y, text, side, gap);
    const c = obstacles.reduce((sum, o) => sum + overlap(place.box, o), 0) + outside(place.box);
    if (c < cost - 1e-6) {
      best = place;
      cost = c;
    }
  }
  return best;
}

/** Gap between a reference product's diamond and its label. */
export const REFERENCE_GAP = 10;

/** Where each reference product's label goes: beside a point on its chosen side, inside the top-right corner of a span. */
export function referenceLabel(r: ReferenceProduct, text: string): LabelPlace {
  if (isSpread(r.placement)) {
    const b = boxOf(r.placement);
    const width = text.length * EM * 0.6;
    const x = b.x + b.width - 6;
    const y = b.y + 14;
    return { x, y, anchor: 'end', box: { x: x - width, y: y - EM / 2, width, height: EM } };
  }
  const { x, y } = centreOf(r.placement);
  return labelPlace(x, y, text, r.labelSide, REFERENCE_GAP);
}

/**
 * Places the labels of the reader's offerings one after another, each on the side that least covers
 * the reference products (when shown), the markers, and the labels placed before it.
 */
export function placeOfferingLabels(
  offerings: readonly Offering[],
  names: readonly string[],
  references: readonly { product: ReferenceProduct; name: string }[],
): LabelPlace[] {
  const dot = (x: number, y: number, r: number) => ({ x: x - r, y: y - r, width: 2 * r, height: 2 * r });
  const obstacles: Box[] = [
    ...references.flatMap(({ product, name }) => {
      const label = referenceLabel(product, name).box;
      if (isSpread(product.placement)) return [label];
      const c = centreOf(product.placement);
      return [label, dot(c.x, c.y, 7)];
    }),
    ...offerings.map((o) => {
      const c = centreOf(o);
      return dot(c.x, c.y, 11);
    }),
  ];
  return offerings.map((o, i) => {
    const c = centreOf(o);
    const place = placeLabel(c.x, c.y, names[i] ?? '', obstacles);
    obstacles.push(place.box);
    return place;
  });
}

/** Shortens a name for drawing beside a marker; the full name stays in the accessible label. */
export function clipLabel(name: string, max = 18): string {
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}
