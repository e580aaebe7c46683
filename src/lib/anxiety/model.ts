import { commitmentPressure, complexityPressure, gapPressure, MODEL, touchpointCoverage, windowOpen } from './factors';
import { levelShare, type ModelInput } from './inputs';
import { MAX_DAYS } from './units';

/** What moves the index: three drivers that raise it, four reliefs that lower it. */
export const FACTOR_IDS = [
  'gap',
  'commitment',
  'complexity',
  'reversibility',
  'touchpoints',
  'onboarding',
  'community',
] as const;

/** One of the factors. */
export type FactorId = (typeof FACTOR_IDS)[number];

/** The factor values in [0, 1] before weighting (T, S, C, W, P, O, K and R on the page). */
export interface FactorValues {
  gap: number;
  commitment: number;
  complexity: number;
  window: number;
  touchpoints: number;
  onboarding: number;
  community: number;
  reassurance: number;
}

/** The index and, for each factor, the points it adds or removes; they sum to the index. */
export interface Breakdown {
  index: number;
  contributions: Record<FactorId, number>;
  values: FactorValues;
}

const finite = (n: number, max: number) => (Number.isFinite(n) ? Math.min(max, Math.max(0, n)) : 0);

/** Makes any input safe for the formula: non-finite numbers become 0, the rest are clamped. */
export function sanitise(input: ModelInput): ModelInput {
  return {
    ...input,
    gapDays: finite(input.gapDays, MAX_DAYS),
    sharePct: finite(input.sharePct, Number.MAX_VALUE),
    complexity: finite(input.complexity, 10),
    windowDays: finite(input.windowDays, MAX_DAYS),
    touchpoints: finite(input.touchpoints, Number.MAX_VALUE),
  };
}

/** The anxiety breakdown `elapsedDays` after the purchase, while the customer still waits. */
export function breakdownAt(raw: ModelInput, elapsedDays: number): Breakdown {
  const input = sanitise(raw);
  const elapsed = finite(elapsedDays, input.gapDays);
  const { weights: w, reassuranceWeights: rw } = MODEL;
  const v: FactorValues = {
    gap: gapPressure(elapsed),
    commitment: commitmentPressure(input.sharePct),
    complexity: complexityPressure(input.complexity),
    window: windowOpen(input.windowDays, elapsed),
    touchpoints: touchpointCoverage(input.touchpoints, input.gapDays),
    onboarding: levelShare(input.onboarding),
    community: levelShare(input.community),
    reassurance: 0,
  };
  v.reassurance = rw.touchpoints * v.touchpoints + rw.onboarding * v.onboarding + rw.community * v.community;
  const gap = w.gap * v.gap;
  const commitment = w.commitment * v.commitment;
  const complexity = w.complexity * v.complexity;
  const reversibility = -(gap + commitment) * MODEL.reversibilityRelief * v.window;
  const afterWindow = gap + commitment + complexity + reversibility;
  const relief = afterWindow * MODEL.reassuranceRelief;
  const contributions: Record<FactorId, number> = {
    gap,
    commitment,
    complexity,
    reversibility,
    touchpoints: -relief * rw.touchpoints * v.touchpoints,
    onboarding: -relief * rw.onboarding * v.onboarding,
    community: -relief * rw.community * v.community,
  };
  const index = Math.min(100, Math.max(0, afterWindow * (1 - MODEL.reassuranceRelief * v.reassurance)));
  return { index, contributions, values: v };
}

/** The anxiety breakdown at its peak, the moment of value: a return window counts only if it is still open then. */
export function breakdown(input: ModelInput): Breakdown {
  return breakdownAt(input, sanitise(input).gapDays);
}

/** The anxiety index, 0 to 100, at the moment of value (see `breakdown`). */
export function anxietyIndex(input: ModelInput): number {
  return breakdown(input).index;
}
