import { touchpointsNeeded } from './factors';
import type { ModelInput } from './inputs';
import { anxietyIndex, sanitise } from './model';

/** Changes a reader could make, each applied alone to the scenario. */
export const LEVER_IDS = [
  'halve-gap',
  'halve-commitment',
  'simplify',
  'cover-gap',
  'touchpoints',
  'onboarding',
  'community',
] as const;

/** One of the levers. */
export type LeverId = (typeof LEVER_IDS)[number];

/** How much one lever lowers the index (exact, before rounding). */
export interface LeverEffect {
  id: LeverId;
  index: number;
  reduction: number;
}

/** How each lever changes a scenario. */
const APPLY: Record<LeverId, (s: ModelInput) => ModelInput> = {
  'halve-gap': (s) => ({ ...s, gapDays: s.gapDays / 2 }),
  'halve-commitment': (s) => ({ ...s, sharePct: s.sharePct / 2 }),
  simplify: (s) => ({ ...s, complexity: Math.max(0, s.complexity - 2) }),
  'cover-gap': (s) => ({ ...s, windowDays: Math.max(s.windowDays, s.gapDays) }),
  touchpoints: (s) => ({ ...s, touchpoints: Math.max(s.touchpoints, Math.ceil(touchpointsNeeded(s.gapDays))) }),
  onboarding: (s) => ({ ...s, onboarding: 'guided' }),
  community: (s) => ({ ...s, community: 'active' }),
};

/** The scenario with one lever pulled. */
export function applyLever(input: ModelInput, id: LeverId): ModelInput {
  return APPLY[id](sanitise(input));
}

/** How far each lever, alone, would lower the index; largest first, ties in lever order. */
export function leverEffects(input: ModelInput): LeverEffect[] {
  const base = anxietyIndex(input);
  return LEVER_IDS.map((id) => {
    const index = anxietyIndex(applyLever(input, id));
    return { id, index, reduction: Math.max(0, base - index) };
  }).sort((a, b) => b.reduction - a.reduction);
}
