import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import type { LeverEffect } from '../../../lib/anxiety/levers';
import { type Currency, formatMoney } from '../../../lib/anxiety/money';
import { type Business, revenueKept } from '../../../lib/anxiety/revenue';
import { level } from './format';

const ANXIETY = uses('anxiety-gap');

interface Props {
  scenario: string;
  index: number;
  effects: LeverEffect[];
  business: Business;
  currency: Currency;
  locale: string;
}

/** How far each lever alone would lower the index, and the revenue it would keep. */
export function LeverTable({ scenario, index, effects, business, currency, locale }: Props) {
  const { anxietyGap: t } = useText(ANXIETY);
  const l = t.levers;
  return (
    <table class="cx-anx__table">
      <caption>{l.caption(scenario)}</caption>
      <thead>
        <tr>
          <th scope="col">{l.lever}</th>
          <th scope="col">{l.indexAfter}</th>
          <th scope="col">{l.lower}</th>
          <th scope="col">{l.kept}</th>
        </tr>
      </thead>
      <tbody>
        {effects.map((e) => {
          const after = Math.round(e.index);
          const none = e.reduction === 0;
          return (
            <tr key={e.id}>
              <th scope="row">{l.names[e.id]}</th>
              <td>{level(after, locale)}</td>
              <td>{none ? l.none : level(index - after, locale)}</td>
              <td>{none ? '' : formatMoney(revenueKept(business, index, after).perYear, currency, locale)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
