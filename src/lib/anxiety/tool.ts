import type { ToolModel } from '../tool-model';
import { anxietyCodec, URL_KEYS } from './codec';
import type { Scenario } from './inputs';
import type { AnxietyState } from './state';

/** The anxiety-gap calculator: the anxiety index of today's purchase and of a changed one, and what it costs. */
export const anxietyTool: ToolModel<'anxiety-gap', AnxietyState> = {
  id: 'anxiety-gap',
  chapter: 'anxiety-gap',
  codec: anxietyCodec,
  keys: URL_KEYS,
  short: 'anxiety',
  presets: () => {
    const meal: Scenario = {
      gap: 5,
      gapUnit: 'day',
      size: 'price',
      share: 15,
      price: 60,
      budget: 600,
      complexity: 4,
      window: 2,
      windowUnit: 'day',
      touchpoints: 1,
      onboarding: 'basic',
      community: 'passive',
    };
    const mortgage: Scenario = {
      gap: 10,
      gapUnit: 'week',
      size: 'share',
      share: 300,
      price: 3000,
      budget: 20000,
      complexity: 8.5,
      window: 14,
      windowUnit: 'day',
      touchpoints: 2,
      onboarding: 'basic',
      community: 'none',
    };
    const shoes: Scenario = {
      gap: 1,
      gapUnit: 'week',
      size: 'price',
      share: 15,
      price: 140,
      budget: 1500,
      complexity: 3,
      window: 30,
      windowUnit: 'day',
      touchpoints: 1,
      onboarding: 'none',
      community: 'active',
    };
    return {
      'meal-kit': {
        today: meal,
        changed: { ...meal, gap: 2, touchpoints: 3, onboarding: 'guided', community: 'active' },
        business: { customers: 2000, period: 'week', valuePerCustomer: 300, churnPct: 12 },
        currency: 'auto',
      },
      mortgage: {
        today: mortgage,
        changed: { ...mortgage, gap: 6, touchpoints: 6, onboarding: 'guided', community: 'passive' },
        business: { customers: 150, period: 'month', valuePerCustomer: 4000, churnPct: 6 },
        currency: 'auto',
      },
      'running-shoes': {
        today: shoes,
        changed: { ...shoes, gap: 3, gapUnit: 'day', touchpoints: 2, onboarding: 'basic' },
        business: { customers: 800, period: 'month', valuePerCustomer: 180, churnPct: 5 },
        currency: 'auto',
      },
    };
  },
};
