import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { LIMITS } from '../../../lib/anxiety/inputs';
import type { Currency } from '../../../lib/anxiety/money';
import { type Business, PERIODS } from '../../../lib/anxiety/revenue';
import { CHOICES } from '../../../lib/anxiety/state';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';

const ANXIETY = uses('anxiety-gap');

interface Props {
  value: Business;
  currency: Currency | 'auto';
  localeCurrency: Currency;
  onPatch: (patch: Partial<Business>) => void;
  onCurrency: (currency: Currency | 'auto') => void;
  locale: string;
}

/** The business figures both scenarios share, and the currency they are shown in. */
export function BusinessFields({ value: b, currency, localeCurrency, onPatch, onCurrency, locale }: Props) {
  const { anxietyGap: t } = useText(ANXIETY);
  const f = t.fields;
  return (
    <fieldset class="cx-anx__business">
      <legend>{t.revenue.legend}</legend>
      <NumberField
        label={f.customers}
        value={b.customers}
        spec={LIMITS.customers}
        locale={locale}
        onValue={(customers) => onPatch({ customers })}
      />
      <SelectField
        label={f.period}
        value={b.period}
        options={PERIODS}
        names={(p) => t.periods[p]}
        onChange={(period) => onPatch({ period })}
      />
      <NumberField
        label={f.value}
        unit={currency === 'auto' ? localeCurrency : currency}
        hint={f.valueHint}
        value={b.valuePerCustomer}
        spec={LIMITS.value}
        locale={locale}
        onValue={(valuePerCustomer) => onPatch({ valuePerCustomer })}
      />
      <SelectField
        label={f.currency}
        value={currency}
        options={CHOICES.currencies}
        names={(c) => (c === 'auto' ? t.currencyAuto(localeCurrency) : c)}
        onChange={onCurrency}
      />
      <NumberField
        label={f.churn}
        unit={t.units.percent}
        value={b.churnPct}
        spec={LIMITS.churn}
        locale={locale}
        onValue={(churnPct) => onPatch({ churnPct })}
      />
    </fieldset>
  );
}
