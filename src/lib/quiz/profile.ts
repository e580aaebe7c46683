import type { Source } from './statements';

/** The overall shape of a value profile. */
export type Shape = 'low' | 'functional' | 'expressive' | 'broad' | 'balanced';

/** Whether looking good outweighs feeling good (visible), the reverse (private), or neither. */
export type Visibility = 'visible' | 'private' | 'even';

/** Gaps of at least this many points count as a lean; smaller gaps count as even. */
export const LEAN_POINTS = 15;
/** Every source below this is a low profile. */
export const LOW_CEILING = 40;
/** Every source at or above this is a broad profile. */
export const BROAD_FLOOR = 60;

/** What a four-score profile adds up to. */
export interface ProfileReading {
  /** Mean of solving a problem and enabling an opportunity (the essay's part 3 calls them intrinsic and extrinsic). */
  functional: number;
  /** Mean of feeling good and looking good. */
  expressive: number;
  shape: Shape;
  visibility: Visibility;
  /** The source or sources with the highest score. */
  strongest: Source[];
}

/** Reads the shape of a profile: low (all < 40), functional or expressive lean (gap >= 15), broad (all >= 60), or balanced. */
export function readProfile(p: Record<Source, number>): ProfileReading {
  const functional = (p.problem + p.opportunity) / 2;
  const expressive = (p.feel + p.look) / 2;
  const values = [p.problem, p.opportunity, p.feel, p.look];
  const max = Math.max(...values);
  const lean = expressive - functional;
  let shape: Shape = 'balanced';
  if (max < LOW_CEILING) shape = 'low';
  else if (lean <= -LEAN_POINTS) shape = 'functional';
  else if (lean >= LEAN_POINTS) shape = 'expressive';
  else if (Math.min(...values) >= BROAD_FLOOR) shape = 'broad';
  const gap = p.look - p.feel;
  const visibility: Visibility = gap >= LEAN_POINTS ? 'visible' : gap <= -LEAN_POINTS ? 'private' : 'even';
  const strongest = (Object.keys(p) as Source[]).filter((s) => p[s] === max);
  return { functional, expressive, shape, visibility, strongest };
}
