import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { anxietyNotice } from '../../src/components/tools/anxiety-gap/notice-text';
import { loadText } from '../../src/i18n/text';
import { anxietyCodec, decodeState, encodeState, URL_KEYS } from '../../src/lib/anxiety/codec';
import { defaultState } from '../../src/lib/anxiety/state';
import { state } from './anxiety-arbitraries';

beforeAll(() => loadText('en', ['anxiety-gap', 'notices']));

describe('anxiety-gap codec', () => {
  it('round-trips any state through a URL with no notices', () => {
    fc.assert(
      fc.property(state, (s) => {
        const query = encodeState(s).toString();
        const back = decodeState(new URLSearchParams(query));
        expect(back.notices).toEqual([]);
        expect(back.value).toEqual(s);
      }),
    );
  });

  it('writes nothing for the defaults, and reads an empty query as the defaults', () => {
    expect(encodeState(defaultState()).toString()).toBe('');
    expect(decodeState(new URLSearchParams())).toEqual({ value: defaultState(), notices: [] });
  });

  it('uses readable keys', () => {
    const s = defaultState();
    s.today.gap = 3;
    s.today.gapUnit = 'month';
    s.changed.community = 'active';
    s.business.churnPct = 12.5;
    expect(encodeState(s).toString()).toBe('today.gap=3&today.gap-unit=month&changed.community=active&churn=12.5');
  });

  it('never throws, and always yields a usable state, for any query', () => {
    const key = fc.oneof(fc.constantFrom(...URL_KEYS), fc.string());
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.string())), (pairs) => {
        const { value } = anxietyCodec.decode(new URLSearchParams(pairs));
        const nums = [
          value.today.gap,
          value.changed.window,
          value.today.budget,
          value.business.customers,
          value.business.churnPct,
        ];
        return nums.every(Number.isFinite) && value.today.budget > 0 && value.business.churnPct <= 100;
      }),
    );
  });

  it.each([
    ['today.gap=abc', 'today.gap', 8],
    ['today.gap=-3', 'today.gap', 0],
    ['today.budget=0', 'today.budget', 0.01],
    ['churn=250', 'churn', 100],
    ['today.gap-unit=fortnight', 'today.gap-unit', 'week'],
    ['currency=XYZ', 'currency', 'auto'],
    ['changed.touchpoints=2.5', 'changed.touchpoints', 3],
  ])('replaces %s and says so', (query, key, expected) => {
    const { value, notices } = decodeState(new URLSearchParams(query));
    expect(notices.map((n) => n.key)).toEqual([key]);
    const read: Record<string, unknown> = {
      'today.gap': value.today.gap,
      'today.budget': value.today.budget,
      churn: value.business.churnPct,
      'today.gap-unit': value.today.gapUnit,
      currency: value.currency,
      'changed.touchpoints': value.changed.touchpoints,
    };
    expect(read[key]).toBe(expected);
  });

  it('limits a duration to fifty years in its own unit', () => {
    const { value, notices } = decodeState(new URLSearchParams('today.gap=80&today.gap-unit=year'));
    expect(value.today.gap).toBe(50);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      code: 'out-of-range',
      field: { tool: 'anxiety-gap', field: 'gap', scenario: 'today' },
    });
    expect(notices[0] && anxietyNotice(notices[0], 'en')).toContain('Today: Time from the decision to buy');
  });

  it('keeps other values when one is bad', () => {
    const { value } = decodeState(new URLSearchParams('today.gap=oops&today.complexity=9&churn=3'));
    expect(value.today.complexity).toBe(9);
    expect(value.business.churnPct).toBe(3);
  });
});
