import { bandIndex } from './bands';
import type { Offering } from './offering';
import { isSpread, middle } from './offering';
import type { ReferenceId } from './references';
import { REFERENCES } from './references';

/** How close (in score points) a reference product must be to count as nearby. */
export const NEARBY = 2;
/** How close in frequency alone a reference must be to count as sharing the offering's frequency. */
export const SAME_FREQUENCY = 1;

/** Distance from a point to the nearest point of an offering's box (0 when inside). */
export function distanceTo(o: Offering, frequency: number, complexity: number): number {
  const df = Math.max(o.frequency.from - frequency, 0, frequency - o.frequency.to);
  const dc = Math.max(o.complexity.from - complexity, 0, complexity - o.complexity.to);
  return Math.hypot(df, dc);
}

/** Reference products (points only) within NEARBY of the offering's middle, nearest first, at most three. */
export function nearbyReferences(o: Offering): ReferenceId[] {
  const f = middle(o.frequency);
  const c = middle(o.complexity);
  return REFERENCES.filter((r) => !isSpread(r.placement))
    .map((r) => ({ id: r.id, d: distanceTo(r.placement, f, c) }))
    .filter((r) => r.d <= NEARBY)
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map((r) => r.id);
}

/** Reference spans (such as cars) whose stretch contains the offering's middle. */
export function enclosingReferences(o: Offering): ReferenceId[] {
  const f = middle(o.frequency);
  const c = middle(o.complexity);
  return REFERENCES.filter((r) => isSpread(r.placement) && distanceTo(r.placement, f, c) === 0).map((r) => r.id);
}

/**
 * Reference products met about as often as the offering but in another third of complexity:
 * the essays' point that very different products can share a frequency. Nearby ones are left out.
 */
export function sameFrequencyReferences(o: Offering): ReferenceId[] {
  const f = middle(o.frequency);
  const band = bandIndex(middle(o.complexity));
  const near = new Set(nearbyReferences(o));
  return REFERENCES.filter((r) => !isSpread(r.placement) && !near.has(r.id))
    .filter((r) => Math.abs(middle(r.placement.frequency) - f) <= SAME_FREQUENCY)
    .filter((r) => bandIndex(middle(r.placement.complexity)) !== band)
    .map((r) => r.id);
}
