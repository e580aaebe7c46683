import { newItemId, positionId, type RandomSource } from '../state/ids';
import { canonicalFunctions, FUNCTION_IDS, type FunctionId } from './functions';

/** Limits of the ownership map; the file schema enforces the same. */
export const OWNERSHIP_LIMITS = { touchpoints: 12, name: 80 } as const;

/** The two roles a touchpoint lists several functions for. */
export const MANY_ROLES = ['contributors', 'voices'] as const;

/** Contributors (experts who help) or voices (who speaks for it on social channels). */
export type ManyRole = (typeof MANY_ROLES)[number];

/** One customer touchpoint: who owns it, who contributes, who speaks for it on social channels. */
export interface Touchpoint {
  /** Who the touchpoint is, whatever its place in the map: a change in another tab finds it by this. */
  id?: string;
  name: string;
  /** The one accountable function; '' while nobody is named. */
  owner: FunctionId | '';
  /** Functions whose experts contribute, once each, in FUNCTION_IDS order. */
  contributors: FunctionId[];
  /** Functions that speak for the touchpoint on social channels, once each, in FUNCTION_IDS order. */
  voices: FunctionId[];
}

/** A touchpoint with a name and nothing else decided. */
export function touchpoint(name: string): Touchpoint {
  return { name: name.slice(0, OWNERSHIP_LIMITS.name), owner: '', contributors: [], voices: [] };
}

/** Adds a touchpoint at the end, with a new id drawn from `random`; unchanged at the limit. */
export function addTouchpoint(map: readonly Touchpoint[], name: string, random: RandomSource): Touchpoint[] {
  if (map.length >= OWNERSHIP_LIMITS.touchpoints) return [...map];
  const taken = map.map((t, i) => t.id ?? positionId(i));
  return [...map, { id: newItemId(random, taken), ...touchpoint(name) }];
}

/** Adds each name not already in the map (compared without case or extra spaces), up to the limit. */
export function addTouchpoints(
  map: readonly Touchpoint[],
  names: readonly string[],
  random: RandomSource,
): Touchpoint[] {
  const key = (s: string) => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
  let out = [...map];
  for (const name of names) {
    if (out.some((t) => key(t.name) === key(name))) continue;
    out = addTouchpoint(out, name, random);
  }
  return out;
}

/** Removes the touchpoint at `index`; out-of-range indexes change nothing. */
export function removeTouchpoint(map: readonly Touchpoint[], index: number): Touchpoint[] {
  return map.filter((_, i) => i !== index);
}

/** Changes one touchpoint; out-of-range indexes change nothing. */
export function updateTouchpoint(
  map: readonly Touchpoint[],
  index: number,
  fn: (t: Touchpoint) => Touchpoint,
): Touchpoint[] {
  return map.map((t, i) => (i === index ? fn(t) : t));
}

/** Who a touchpoint is: its id, or (read from data without ids) its 1-based position, as every tab reads it. */
export function touchpointKey(t: Touchpoint, index: number): string {
  return t.id ?? positionId(index);
}

/** The map without the touchpoint known as `key`; unchanged when another tab already removed it. */
export function removeTouchpointById(map: readonly Touchpoint[], key: string): Touchpoint[] {
  return map.filter((t, i) => touchpointKey(t, i) !== key);
}

/**
 * Changes the touchpoint known as `key`, wherever it now stands, in the map as it is now (with other
 * tabs' changes to other touchpoints); unchanged when it is gone.
 */
export function updateTouchpointById(
  map: readonly Touchpoint[],
  key: string,
  fn: (t: Touchpoint) => Touchpoint,
): Touchpoint[] {
  return map.map((t, i) => (touchpointKey(t, i) === key ? fn(t) : t));
}

/** Adds or removes one function from a touchpoint's contributors or voices, keeping the list canonical. */
export function setRole(t: Touchpoint, role: ManyRole, id: FunctionId, on: boolean): Touchpoint {
  const rest = t[role].filter((x) => x !== id);
  return { ...t, [role]: canonicalFunctions(on ? [...rest, id] : rest) };
}

/** How many touchpoints each function owns, contributes to and speaks for. */
export interface FunctionLoad {
  id: FunctionId;
  owns: number;
  contributes: number;
  speaks: number;
}

/** Each function's share of the map, in FUNCTION_IDS order. */
export function functionLoads(map: readonly Touchpoint[]): FunctionLoad[] {
  return FUNCTION_IDS.map((id) => ({
    id,
    owns: map.filter((t) => t.owner === id).length,
    contributes: map.filter((t) => t.contributors.includes(id)).length,
    speaks: map.filter((t) => t.voices.includes(id)).length,
  }));
}

/** What a touchpoint still lacks: no name, no owner, or nobody who speaks for it. */
export type TouchpointGap = 'no-name' | 'no-owner' | 'no-voice';

/** The gaps of one touchpoint, in a fixed order. */
export function touchpointGaps(t: Touchpoint): TouchpointGap[] {
  const gaps: TouchpointGap[] = [];
  if (t.name.trim() === '') gaps.push('no-name');
  if (t.owner === '') gaps.push('no-owner');
  if (t.voices.length === 0) gaps.push('no-voice');
  return gaps;
}
