import type { Codec } from '../state/codec';
import { readChoice, readNumber } from '../state/fields';
import type { AnxietyField, StateNotice } from '../state/notice';
import { LIMITS, type Scenario } from './inputs';
import { type AnxietyState, CHOICES, defaultState, SCENARIOS, type ScenarioId } from './state';
import { maxInUnit, TIME_UNITS } from './units';

const SCENARIO_KEYS = [
  'gap',
  'gap-unit',
  'size',
  'share',
  'price',
  'budget',
  'complexity',
  'window',
  'window-unit',
  'touchpoints',
  'onboarding',
  'community',
] as const;
const BUSINESS_KEYS = ['customers', 'period', 'value', 'churn', 'currency'] as const;

/** Every URL key the tool reads and writes, e.g. `today.gap=8&today.gap-unit=week&churn=8`. */
export const URL_KEYS: readonly string[] = [
  ...SCENARIOS.flatMap((s) => SCENARIO_KEYS.map((k) => `${s}.${k}`)),
  ...BUSINESS_KEYS,
];

/** Reads one scenario under its prefix, noting every value it could not use. */
function decodeScenario(p: URLSearchParams, id: ScenarioId, base: Scenario, notices: StateNotice[]): Scenario {
  const key = (k: string) => `${id}.${k}`;
  const field = (name: AnxietyField) => ({ tool: 'anxiety-gap', field: name, scenario: id }) as const;
  const take = <T>(r: { value: T; notice?: StateNotice }): T => {
    if (r.notice) notices.push(r.notice);
    return r.value;
  };
  const num = (k: string, name: AnxietyField, min: number, max: number, fallback: number, integer = false) =>
    take(readNumber(p.get(key(k)), { key: key(k), field: field(name), min, max, fallback, integer }));
  const unit = (k: string, name: AnxietyField, fallback: Scenario['gapUnit']) =>
    take(readChoice(p.get(key(k)), { key: key(k), field: field(name), choices: TIME_UNITS, fallback }));
  const gapUnit = unit('gap-unit', 'gapUnit', base.gapUnit);
  const windowUnit = unit('window-unit', 'windowUnit', base.windowUnit);
  const choice = <T extends string>(k: string, name: AnxietyField, choices: readonly T[], fallback: T) =>
    take(readChoice(p.get(key(k)), { key: key(k), field: field(name), choices, fallback }));
  return {
    gap: num('gap', 'gap', 0, maxInUnit(gapUnit), Math.min(base.gap, maxInUnit(gapUnit))),
    gapUnit,
    size: choice('size', 'size', CHOICES.sizes, base.size),
    share: num('share', 'share', LIMITS.share.min, LIMITS.share.max, base.share),
    price: num('price', 'price', LIMITS.price.min, LIMITS.price.max, base.price),
    budget: num('budget', 'budget', LIMITS.budget.min, LIMITS.budget.max, base.budget),
    complexity: num('complexity', 'complexity', 0, 10, base.complexity),
    window: num('window', 'window', 0, maxInUnit(windowUnit), Math.min(base.window, maxInUnit(windowUnit))),
    windowUnit,
    touchpoints: num('touchpoints', 'touchpoints', 0, LIMITS.touchpoints.max, base.touchpoints, true),
    onboarding: choice('onboarding', 'onboarding', CHOICES.onboarding, base.onboarding),
    community: choice('community', 'community', CHOICES.community, base.community),
  };
}

/** Reads the whole state from a query; never throws, every bad value becomes its default with a notice. */
export function decodeState(p: URLSearchParams): { value: AnxietyState; notices: StateNotice[] } {
  const d = defaultState();
  const notices: StateNotice[] = [];
  const today = decodeScenario(p, 'today', d.today, notices);
  const changed = decodeScenario(p, 'changed', d.changed, notices);
  const field = (name: AnxietyField) => ({ tool: 'anxiety-gap', field: name }) as const;
  const num = (key: string, name: AnxietyField, max: number, fallback: number) => {
    const r = readNumber(p.get(key), { key, field: field(name), min: 0, max, fallback });
    if (r.notice) notices.push(r.notice);
    return r.value;
  };
  const pick = <T extends string>(key: string, name: AnxietyField, choices: readonly T[], fallback: T) => {
    const r = readChoice(p.get(key), { key, field: field(name), choices, fallback });
    if (r.notice) notices.push(r.notice);
    return r.value;
  };
  const business = {
    customers: num('customers', 'customers', LIMITS.customers.max, d.business.customers),
    period: pick('period', 'period', CHOICES.periods, d.business.period),
    valuePerCustomer: num('value', 'value', LIMITS.value.max, d.business.valuePerCustomer),
    churnPct: num('churn', 'churn', 100, d.business.churnPct),
  };
  const currency = pick('currency', 'currency', CHOICES.currencies, d.currency);
  return { value: { today, changed, business, currency }, notices };
}

/** Writes the values that differ from the defaults, so links stay short. */
export function encodeState(s: AnxietyState): URLSearchParams {
  const d = defaultState();
  const out = new URLSearchParams();
  const put = (key: string, v: string | number, dv: string | number) => {
    if (v !== dv) out.set(key, String(v));
  };
  for (const id of SCENARIOS) {
    const sc = s[id];
    const base = d[id];
    const pairs: [string, string | number, string | number][] = [
      ['gap', sc.gap, base.gap],
      ['gap-unit', sc.gapUnit, base.gapUnit],
      ['size', sc.size, base.size],
      ['share', sc.share, base.share],
      ['price', sc.price, base.price],
      ['budget', sc.budget, base.budget],
      ['complexity', sc.complexity, base.complexity],
      ['window', sc.window, base.window],
      ['window-unit', sc.windowUnit, base.windowUnit],
      ['touchpoints', sc.touchpoints, base.touchpoints],
      ['onboarding', sc.onboarding, base.onboarding],
      ['community', sc.community, base.community],
    ];
    for (const [k, v, dv] of pairs) put(`${id}.${k}`, v, dv);
  }
  put('customers', s.business.customers, d.business.customers);
  put('period', s.business.period, d.business.period);
  put('value', s.business.valuePerCustomer, d.business.valuePerCustomer);
  put('churn', s.business.churnPct, d.business.churnPct);
  put('currency', s.currency, d.currency);
  return out;
}

/** The anxiety-gap tool's codec, for useToolState. */
export const anxietyCodec: Codec<AnxietyState> = {
  name: 'anxiety-gap',
  version: 1,
  defaults: defaultState,
  decode: decodeState,
  encode: encodeState,
};
