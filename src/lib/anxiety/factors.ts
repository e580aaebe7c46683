/** Every constant the anxiety formula uses; the page prints the same numbers. */
export const MODEL = {
  /** Points each driver adds at its worst; they sum to 100. */
  weights: { gap: 40, commitment: 35, complexity: 25 },
  /** The gap pressure grows with ln(1 + gap / 1 day) and saturates at five years. */
  gapScaleDays: 1,
  gapSaturationDays: 5 * 365.25,
  /** The commitment pressure grows with ln(1 + share / 5 %) and saturates at 100 % of means. */
  shareScalePct: 5,
  shareSaturationPct: 100,
  /** An open return window removes this share of the gap and commitment pressure. */
  reversibilityRelief: 0.6,
  /** Full reassurance removes this share of what is left. */
  reassuranceRelief: 0.5,
  /** How reassurance is made up; the weights sum to 1. */
  reassuranceWeights: { touchpoints: 0.4, onboarding: 0.25, community: 0.35 },
  /** One touchpoint every this many days of the gap counts as full coverage. */
  touchpointSpacingDays: 14,
} as const;

/** Levels of onboarding and of community, as a share of their full effect. */
export const LEVEL_SHARE = { none: 0, basic: 0.5, guided: 1, passive: 0.5, active: 1 } as const;

/** Gap pressure T in [0, 1]: logarithmic in the time to value, saturating at five years. */
export function gapPressure(days: number): number {
  const { gapScaleDays: s, gapSaturationDays: max } = MODEL;
  return Math.min(1, Math.log1p(Math.max(0, days) / s) / Math.log1p(max / s));
}

/** Commitment pressure S in [0, 1]: logarithmic in the share of means, saturating at 100 %. */
export function commitmentPressure(sharePct: number): number {
  const { shareScalePct: s, shareSaturationPct: max } = MODEL;
  return Math.min(1, Math.log1p(Math.max(0, sharePct) / s) / Math.log1p(max / s));
}

/** Complexity pressure C in [0, 1]: the 0 to 10 score, divided by ten. */
export function complexityPressure(score: number): number {
  return Math.min(1, Math.max(0, score) / 10);
}

/**
 * Window W, 1 or 0: whether a return or cancellation window is still open `elapsedDays` after the
 * purchase. It helps only while it is open, so a window that has closed counts for nothing.
 */
export function windowOpen(windowDays: number, elapsedDays: number): 0 | 1 {
  return windowDays > 0 && Math.max(0, elapsedDays) <= windowDays ? 1 : 0;
}

/** Touchpoints needed for full coverage: one every two weeks of the gap, at least one. */
export function touchpointsNeeded(gapDays: number): number {
  return Math.max(1, gapDays / MODEL.touchpointSpacingDays);
}

/** Touchpoint coverage P in [0, 1]: touchpoints made against touchpoints needed. */
export function touchpointCoverage(touchpoints: number, gapDays: number): number {
  return Math.min(1, Math.max(0, touchpoints) / touchpointsNeeded(gapDays));
}
