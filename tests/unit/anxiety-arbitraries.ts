import fc from 'fast-check';
import { COMMUNITY, type ModelInput, ONBOARDING, type Scenario } from '../../src/lib/anxiety/inputs';
import { CURRENCIES } from '../../src/lib/anxiety/money';
import { PERIODS } from '../../src/lib/anxiety/revenue';
import type { AnxietyState } from '../../src/lib/anxiety/state';
import { MAX_DAYS, maxInUnit, TIME_UNITS } from '../../src/lib/anxiety/units';

const real = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

/** Any model input within the tool's ranges. */
export const modelInput: fc.Arbitrary<ModelInput> = fc.record({
  gapDays: real(0, MAX_DAYS),
  sharePct: real(0, 1000),
  complexity: real(0, 10),
  windowDays: real(0, MAX_DAYS),
  touchpoints: fc.integer({ min: 0, max: 1000 }),
  onboarding: fc.constantFrom(...ONBOARDING),
  community: fc.constantFrom(...COMMUNITY),
});

/** Any scenario a reader could enter, with durations in range for their unit. */
export const scenario: fc.Arbitrary<Scenario> = fc
  .record({
    gapUnit: fc.constantFrom(...TIME_UNITS),
    windowUnit: fc.constantFrom(...TIME_UNITS),
    gapShare: real(0, 1),
    windowShare: real(0, 1),
    size: fc.constantFrom('share' as const, 'price' as const),
    share: real(0, 1000),
    price: real(0, 1e10),
    budget: real(0.01, 1e10),
    complexity: real(0, 10),
    touchpoints: fc.integer({ min: 0, max: 1000 }),
    onboarding: fc.constantFrom(...ONBOARDING),
    community: fc.constantFrom(...COMMUNITY),
  })
  .map(({ gapShare, windowShare, ...s }) => ({
    ...s,
    gap: Math.min(maxInUnit(s.gapUnit), gapShare * maxInUnit(s.gapUnit)),
    window: Math.min(maxInUnit(s.windowUnit), windowShare * maxInUnit(s.windowUnit)),
  }));

/** Any whole state a reader could reach. */
export const state: fc.Arbitrary<AnxietyState> = fc.record({
  today: scenario,
  changed: scenario,
  business: fc.record({
    customers: real(0, 1e9),
    period: fc.constantFrom(...PERIODS),
    valuePerCustomer: real(0, 1e9),
    churnPct: real(0, 100),
  }),
  currency: fc.constantFrom('auto' as const, ...CURRENCIES),
});
