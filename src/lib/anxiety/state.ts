import {
  COMMUNITY,
  type Community,
  ONBOARDING,
  type Onboarding,
  type Scenario,
  SIZE_MODES,
  type SizeMode,
} from './inputs';
import { CURRENCIES, type Currency } from './money';
import { type Business, PERIODS, type Period } from './revenue';

/** The two scenarios a reader compares. */
export const SCENARIOS = ['today', 'changed'] as const;

/** One of the scenarios. */
export type ScenarioId = (typeof SCENARIOS)[number];

/** The tool's whole state: two scenarios, the business figures they share and the currency. */
export interface AnxietyState {
  today: Scenario;
  changed: Scenario;
  business: Business;
  /** "auto" follows the reader's locale. */
  currency: Currency | 'auto';
}

/** A fresh copy of the starting state: a considered purchase with an eight-week wait, and a plan to shorten it. */
export function defaultState(): AnxietyState {
  const today: Scenario = {
    gap: 8,
    gapUnit: 'week',
    size: 'share',
    share: 15,
    price: 3000,
    budget: 20000,
    complexity: 6,
    window: 14,
    windowUnit: 'day',
    touchpoints: 1,
    onboarding: 'basic',
    community: 'none',
  };
  return {
    today,
    changed: { ...today, gap: 4, touchpoints: 2, onboarding: 'guided', community: 'passive' },
    business: { customers: 200, period: 'month', valuePerCustomer: 1200, churnPct: 8 },
    currency: 'auto',
  };
}

/** The choices each select offers, for decoding and for property tests. */
export const CHOICES = {
  sizes: SIZE_MODES as readonly SizeMode[],
  onboarding: ONBOARDING as readonly Onboarding[],
  community: COMMUNITY as readonly Community[],
  periods: PERIODS as readonly Period[],
  currencies: ['auto', ...CURRENCIES] as readonly (Currency | 'auto')[],
} as const;
