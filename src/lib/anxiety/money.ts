/** Currencies the reader can choose from. */
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CAD', 'AUD', 'INR', 'BRL', 'CNY'] as const;

/** One of the currencies. */
export type Currency = (typeof CURRENCIES)[number];

const EURO_REGIONS = new Set([
  'AT',
  'BE',
  'CY',
  'DE',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PT',
  'SI',
  'SK',
]);

const BY_REGION: Record<string, Currency> = {
  US: 'USD',
  GB: 'GBP',
  JP: 'JPY',
  CH: 'CHF',
  LI: 'CHF',
  CA: 'CAD',
  AU: 'AUD',
  IN: 'INR',
  BR: 'BRL',
  CN: 'CNY',
};

/** The currency a locale's region most likely uses, among the offered ones; USD otherwise. */
export function defaultCurrency(locale: string): Currency {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    return 'USD';
  }
  if (region === undefined) return 'USD';
  if (EURO_REGIONS.has(region)) return 'EUR';
  return BY_REGION[region] ?? 'USD';
}

/** A locale the runtime accepts, else "en". */
export function safeLocale(locale: string | undefined): string {
  if (locale === undefined || locale === '') return 'en';
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale])[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** Formats an amount of money in the reader's locale, without cents; never "NaN". */
export function formatMoney(amount: number, currency: Currency, locale: string): string {
  const value = Number.isFinite(amount) ? amount : 0;
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: 0,
      maximumFractionDigits: 0,
    }).format(value);
  } catch {
    return `${currency} ${Math.round(value)}`;
  }
}

/** Formats a plain number in the reader's locale; never "NaN". */
export function formatNumber(value: number, locale: string, maxFractionDigits = 1): string {
  const v = Number.isFinite(value) ? value : 0;
  try {
    return new Intl.NumberFormat(locale, { maximumFractionDigits: maxFractionDigits }).format(v);
  } catch {
    return String(v);
  }
}
