import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { type Currency, formatMoney } from '../../../lib/anxiety/money';
import { type Amounts, type Business, churnedRevenue, revenueAtRisk, revenueKept } from '../../../lib/anxiety/revenue';
import type { ScenarioId } from '../../../lib/anxiety/state';

const ANXIETY = uses('anxiety-gap');

interface Props {
  business: Business;
  index: Record<ScenarioId, number>;
  currency: Currency;
  locale: string;
}

/** Revenue lost in the gap, the same weighted by each scenario's index, and what the changes keep by that weighting. */
export function RevenueTable({ business, index, currency, locale }: Props) {
  const { anxietyGap: t } = useText(ANXIETY);
  const r = t.revenue;
  const period = t.periods[business.period];
  const money = (n: number) => formatMoney(n, currency, locale);
  const today = revenueAtRisk(business, index.today);
  const changed = revenueAtRisk(business, index.changed);
  const kept = revenueKept(business, index.today, index.changed);
  const rows: [string, Amounts][] = [
    [r.churned, churnedRevenue(business)],
    [r.atRisk(t.scenario.today), today],
    [r.atRisk(t.scenario.changed), changed],
    [r.kept, kept],
  ];
  return (
    <>
      <table class="cx-anx__table">
        <caption>{r.caption(period)}</caption>
        <thead>
          <tr>
            <th scope="col">{r.measure}</th>
            <th scope="col">{r.perPeriod(period)}</th>
            <th scope="col">{r.perYear}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, a]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{money(a.perPeriod)}</td>
              <td>{money(a.perYear)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="cx-anx__words">
        {r.words(money(today.perPeriod), money(today.perYear), money(changed.perPeriod), money(changed.perYear))}{' '}
        {kept.perYear > 0 ? r.keeps(money(kept.perYear)) : kept.perYear < 0 ? r.costs(money(-kept.perYear)) : r.same}
      </p>
    </>
  );
}
