/**
 * Numbers and money as the page's language writes them.
 *
 * The locale is the page's (`language(currentLang()).locale`: "en-GB" on English pages, "de-DE" on
 * German ones), never the reader's browser: the server and the browser then write the same text, so
 * hydration changes nothing, and a German page reads German throughout. Every number shown to the
 * reader goes through here; `src/lib` keeps pure functions that take a locale.
 */
import { type DecimalSeparator, decimalSeparator, formatForInput } from '../lib/number-input';
import { language } from './languages';
import { currentLang } from './text';

/** How many decimals a number is written with. */
export interface Digits {
  /** At most this many decimals (default 1). */
  max?: number;
  /** At least this many decimals, padded with zeros (default 0). */
  min?: number;
}

/** The locale numbers are written in on this page. */
export function pageLocale(): string {
  return language(currentLang()).locale;
}

/** The decimal separator of this page's language, for reading what the reader types. */
export function pageDecimal(): DecimalSeparator {
  return decimalSeparator(pageLocale());
}

const cache = new Map<string, Intl.NumberFormat>();

/** One formatter per locale and options; charts and tables ask for thousands of numbers. */
function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale, { numberingSystem: 'latn', ...options });
    } catch {
      f = new Intl.NumberFormat('en-GB', options);
    }
    cache.set(key, f);
  }
  return f;
}

const finite = (n: number) => (Number.isFinite(n) ? n : 0);

/** A number in the page's language: 1250.5 → "1,250.5" (English), "1.250,5" (German); never "NaN". */
export function formatNumber(value: number, digits: Digits = {}, locale = pageLocale()): string {
  const min = digits.min ?? 0;
  const max = Math.max(min, digits.max ?? 1);
  return formatter(locale, { minimumFractionDigits: min, maximumFractionDigits: max }).format(finite(value));
}

/** A number with exactly `digits` decimals, like `toFixed` but in the page's language: 0.5 → "0.50" / "0,50". */
export function formatFixed(value: number, digits: number, locale = pageLocale()): string {
  return formatNumber(value, { min: digits, max: digits }, locale);
}

/**
 * A number with a true minus sign (−) and exactly `digits` decimals; no sign when it rounds to zero,
 * so −0.001 reads "0.00", not "−0.00".
 */
export function formatSigned(value: number, digits: number, locale = pageLocale()): string {
  const text = formatFixed(Math.abs(value), digits, locale);
  return value < 0 && formatFixed(0, digits, locale) !== text ? `−${text}` : text;
}

/** A share (0.95) as a percentage in the page's language: "95%" (English), "95 %" (German). */
export function formatPercent(share: number, digits: Digits = { max: 0 }, locale = pageLocale()): string {
  const min = digits.min ?? 0;
  const max = Math.max(min, digits.max ?? 0);
  return formatter(locale, { style: 'percent', minimumFractionDigits: min, maximumFractionDigits: max }).format(
    finite(share),
  );
}

/** An amount of money in the page's language, the symbol where the language puts it: "£1,250", "1.250 €". */
export function formatMoney(amount: number, currency: string, fractionDigits = 0, locale = pageLocale()): string {
  const value = finite(amount);
  try {
    return formatter(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    }).format(value);
  } catch {
    return `${currency} ${formatFixed(value, fractionDigits, locale)}`;
  }
}

/** A number for a text field in the page's language, without grouping, so it reads back exactly. */
export function formatField(value: number, maxFractionDigits = 6): string {
  return formatForInput(value, pageLocale(), maxFractionDigits);
}
