import { LEVEL_SHARE } from './factors';
import { MAX_DAYS, type TimeUnit, toDays } from './units';

/** How much help a new customer gets to start using the offering. */
export const ONBOARDING = ['none', 'basic', 'guided'] as const;
/** How present a community of other customers is during the gap. */
export const COMMUNITY = ['none', 'passive', 'active'] as const;
/** How the reader states the size of the commitment. */
export const SIZE_MODES = ['share', 'price'] as const;

export type Onboarding = (typeof ONBOARDING)[number];
export type Community = (typeof COMMUNITY)[number];
export type SizeMode = (typeof SIZE_MODES)[number];

/** One scenario as the reader enters it, with units. */
export interface Scenario {
  gap: number;
  gapUnit: TimeUnit;
  size: SizeMode;
  /** Price as a share of the buyer's means, in %. */
  share: number;
  price: number;
  budget: number;
  complexity: number;
  window: number;
  windowUnit: TimeUnit;
  touchpoints: number;
  onboarding: Onboarding;
  community: Community;
}

/** A scenario normalised for the model: days and percentages. */
export interface ModelInput {
  gapDays: number;
  sharePct: number;
  complexity: number;
  windowDays: number;
  touchpoints: number;
  onboarding: Onboarding;
  community: Community;
}

/** The range every number in a scenario must fall in (durations: see maxInUnit). */
export const LIMITS = {
  share: { min: 0, max: 1000 },
  price: { min: 0, max: 1e10 },
  budget: { min: 0.01, max: 1e10 },
  complexity: { min: 0, max: 10 },
  touchpoints: { min: 0, max: 1000, integer: true },
  duration: { min: 0, max: MAX_DAYS },
  customers: { min: 0, max: 1e9 },
  value: { min: 0, max: 1e9 },
  churn: { min: 0, max: 100 },
} as const;

/** The commitment as a share of the buyer's means, in %, whichever way it was entered. */
export function sharePct(s: Scenario): number {
  if (s.size === 'share') return s.share;
  return s.budget > 0 ? (s.price / s.budget) * 100 : LIMITS.share.max;
}

/** Normalises a scenario to the model's units. */
export function toModelInput(s: Scenario): ModelInput {
  return {
    gapDays: toDays(s.gap, s.gapUnit),
    sharePct: sharePct(s),
    complexity: s.complexity,
    windowDays: toDays(s.window, s.windowUnit),
    touchpoints: s.touchpoints,
    onboarding: s.onboarding,
    community: s.community,
  };
}

/** The share in [0, 1] of onboarding's or community's full effect a level gives. */
export function levelShare(level: Onboarding | Community): number {
  return LEVEL_SHARE[level];
}
