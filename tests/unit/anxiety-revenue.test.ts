import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Business, churnedRevenue, revenueAtRisk, revenueKept } from '../../src/lib/anxiety/revenue';

const shop: Business = { customers: 200, period: 'month', valuePerCustomer: 1200, churnPct: 8 };

describe('revenue at risk', () => {
  it('works on hand-checked numbers', () => {
    // 200 customers × 1,200 × 8 % = 19,200 lost per month; 50 % of it to anxiety = 9,600; × 12 = 115,200.
    expect(churnedRevenue(shop)).toEqual({ perPeriod: 19200, perYear: 230400 });
    expect(revenueAtRisk(shop, 50)).toEqual({ perPeriod: 9600, perYear: 115200 });
    // Lowering the index from 42 to 30 keeps 12 % of 19,200 = 2,304 a month, 27,648 a year.
    const kept = revenueKept(shop, 42, 30);
    expect(kept.perPeriod).toBeCloseTo(2304, 9);
    expect(kept.perYear).toBeCloseTo(27648, 9);
  });

  it.each([
    ['week', 365.25 / 7],
    ['quarter', 4],
    ['year', 1],
  ] as const)('counts a year as the right number of %ss', (period, n) => {
    const r = revenueAtRisk({ ...shop, period }, 100);
    expect(r.perYear).toBeCloseTo(19200 * n, 6);
  });

  it('is zero with no customers, no churn or no anxiety', () => {
    expect(revenueAtRisk({ ...shop, customers: 0 }, 60).perYear).toBe(0);
    expect(revenueAtRisk({ ...shop, churnPct: 0 }, 60).perYear).toBe(0);
    expect(revenueAtRisk(shop, 0).perYear).toBe(0);
  });

  it('is finite, not negative and at most the churned revenue for any figures', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.double(), fc.double(), (customers, value, churn, index) => {
        const b: Business = { customers, period: 'week', valuePerCustomer: value, churnPct: churn };
        const r = revenueAtRisk(b, index);
        const all = churnedRevenue(b);
        return Number.isFinite(r.perYear) && r.perYear >= 0 && r.perYear <= all.perYear;
      }),
    );
  });

  it('keeps more when the index falls further', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (a, b) => {
        const kept = revenueKept(shop, 80, Math.min(a, b)).perYear;
        return kept >= revenueKept(shop, 80, Math.max(a, b)).perYear;
      }),
    );
  });
});
