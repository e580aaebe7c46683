/** Periods the reader counts customers in. */
export const PERIODS = ['week', 'month', 'quarter', 'year'] as const;

/** One of the periods. */
export type Period = (typeof PERIODS)[number];

/** Periods in a year (a year is 365.25 days, so 52.18 weeks). */
export const PERIODS_PER_YEAR: Record<Period, number> = { week: 365.25 / 7, month: 12, quarter: 4, year: 1 };

/** The business figures both scenarios share. */
export interface Business {
  /** New customers who enter the gap in one period. */
  customers: number;
  period: Period;
  /** Revenue lost when one of them leaves. */
  valuePerCustomer: number;
  /** Share of them who leave during the gap, in %. */
  churnPct: number;
}

/** Money lost in the gap, per period and per year. */
export interface Amounts {
  perPeriod: number;
  perYear: number;
}

/** The largest count of customers or value per customer the arithmetic accepts. */
export const MAX_FIGURE = 1e9;

const safe = (n: number, max = MAX_FIGURE) => (Number.isFinite(n) ? Math.min(max, Math.max(0, n)) : 0);

/** Revenue lost to churn in the gap, whatever its cause. */
export function churnedRevenue(b: Business): Amounts {
  const perPeriod = safe(b.customers) * safe(b.valuePerCustomer) * (safe(b.churnPct, 100) / 100);
  return { perPeriod, perYear: perPeriod * PERIODS_PER_YEAR[b.period] };
}

/** That revenue weighted by the index ÷ 100: a way to compare scenarios in money, not a measured share of churn. */
export function revenueAtRisk(b: Business, index: number): Amounts {
  const share = safe(index, 100) / 100;
  const all = churnedRevenue(b);
  return { perPeriod: all.perPeriod * share, perYear: all.perYear * share };
}

/** Weighted revenue kept by lowering the index from `before` to `after` (negative when it rises). */
export function revenueKept(b: Business, before: number, after: number): Amounts {
  const was = revenueAtRisk(b, before);
  const now = revenueAtRisk(b, after);
  return { perPeriod: was.perPeriod - now.perPeriod, perYear: was.perYear - now.perYear };
}
