import type { Shape } from './profile';

/** Where an offering sits on the spectrum grid, split at the middle of each 0-10 axis. */
export type Zone = 'frequent-simple' | 'frequent-complex' | 'rare-simple' | 'rare-complex';

/** The profile our reading of the essay expects for a zone. */
export type Expectation = 'expressive' | 'functional-then-private' | 'both' | 'functional';

/** Values at or above this (on 0-10) count as high frequency or high complexity. */
export const HIGH_FROM = 5;

/** The grid zone of a frequency and a complexity (each 0 to 10; a value that is not a number counts as 0). */
export function zoneOf(frequency: number, complexity: number): Zone {
  const f = Number.isFinite(frequency) ? frequency : 0;
  const c = Number.isFinite(complexity) ? complexity : 0;
  const often = f >= HIGH_FROM;
  const complex = c >= HIGH_FROM;
  if (often) return complex ? 'frequent-complex' : 'frequent-simple';
  return complex ? 'rare-complex' : 'rare-simple';
}

const EXPECTED: Record<Zone, Expectation> = {
  'frequent-simple': 'expressive',
  'frequent-complex': 'both',
  'rare-complex': 'functional-then-private',
  'rare-simple': 'functional',
};

/**
 * The value profile our reading of the essay expects at a grid position: frequent offerings lean to
 * visible, expressive value; rare complex ones to functional value, with feeling and looking good felt
 * privately over time. The essays name no product that is both frequent and complex (cars span the
 * plane rather than sit there), nor one rare and simple; for those corners the expectation is ours.
 */
export function expectedProfile(frequency: number, complexity: number): Expectation {
  return EXPECTED[zoneOf(frequency, complexity)];
}

/** How a measured profile compares with the expectation for its position. */
export type Fit = 'matches' | 'partly' | 'differs' | 'unclear';

const FITS: Record<Expectation, Record<Shape, Fit>> = {
  expressive: { expressive: 'matches', broad: 'matches', balanced: 'partly', functional: 'differs', low: 'unclear' },
  both: { broad: 'matches', balanced: 'matches', expressive: 'partly', functional: 'partly', low: 'unclear' },
  'functional-then-private': {
    functional: 'matches',
    balanced: 'partly',
    broad: 'partly',
    expressive: 'differs',
    low: 'unclear',
  },
  functional: { functional: 'matches', balanced: 'partly', broad: 'partly', expressive: 'differs', low: 'unclear' },
};

/** Compares a profile shape with what its grid position leads us to expect. */
export function fitOf(shape: Shape, expectation: Expectation): Fit {
  return FITS[expectation][shape];
}
