import type { Scenario } from './inputs';

/** The essay's four examples, in the order it names them. */
export const EXAMPLE_IDS = ['lunch', 'investment', 'car', 'insurance'] as const;

/** One of the examples. */
export type ExampleId = (typeof EXAMPLE_IDS)[number];

const base: Omit<Scenario, 'gap' | 'gapUnit' | 'share' | 'complexity'> = {
  size: 'share',
  price: 0,
  budget: 100,
  window: 0,
  windowUnit: 'day',
  touchpoints: 0,
  onboarding: 'none',
  community: 'none',
};

/**
 * The handbook's reading of each example (the essay gives no figures):
 * lunch is a small share of a week's food money, with the value within the hour;
 * a car is a large share of a year's income, delivered after some weeks, with a handover;
 * an investment is a sizeable share of savings whose value shows only after years;
 * life insurance is a long commitment whose value arrives, if ever, decades later, with a short free-look period.
 */
export const EXAMPLES: Record<ExampleId, Scenario> = {
  lunch: { ...base, gap: 30, gapUnit: 'minute', share: 3, price: 15, budget: 500, complexity: 1, community: 'passive' },
  car: {
    ...base,
    gap: 6,
    gapUnit: 'week',
    share: 40,
    price: 24000,
    budget: 60000,
    complexity: 6,
    touchpoints: 3,
    onboarding: 'basic',
    community: 'passive',
  },
  investment: {
    ...base,
    gap: 5,
    gapUnit: 'year',
    share: 30,
    price: 15000,
    budget: 50000,
    complexity: 8,
    touchpoints: 4,
    onboarding: 'basic',
  },
  insurance: {
    ...base,
    gap: 20,
    gapUnit: 'year',
    share: 25,
    price: 15000,
    budget: 60000,
    complexity: 9,
    window: 30,
    touchpoints: 20,
  },
};
