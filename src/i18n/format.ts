/**
 * Numbers and money as a language writes them.
 *
 * Every function takes the locale of the page's language (`useLocale()` in an island,
 * `Astro.locals.locale` on the server: "en-GB" on English pages, "de-DE" on German ones), never the
 * reader's browser's: the server and the browser then write the same text, so hydration changes
 * nothing, and a German page reads German throughout.
 */
import { type DecimalSeparator, decimalSeparator, formatForInput } from '../lib/number-input';
import { language } from './languages';

/** How many decimals a number is written with. */
export interface Digits {
  /** At most this many decimals (default 1). */
  max?: number;
  /** At least this many decimals, padded with zeros (default 0). */
  min?: number;
}

/** The locale numbers are written in, in language `lang` ("de" → "de-DE"). */
export function localeOf(lang: string): string {
  return language(lang).locale;
}

/** The decimal separator of a locale, for reading what the reader types. */
export function decimalOf(locale: string): DecimalSeparator {
  return decimalSeparator(locale);
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

/** Formatters by locale, style and decimals, found without building an options key: tables ask thousands of times. */
const byDigits = new Map<string, Intl.NumberFormat>();

/**
 * The texts already written, by formatter key and value: a survey's tables write the same few hundred
 * coefficients thousands of times, and Intl's formatting is the slow part of drawing them.
 */
const written = new Map<string, Map<number, string>>();
/** Values kept per formatter before its texts are forgotten. */
const WRITTEN_MAX = 4096;

/** A number in `locale`: 1250.5 → "1,250.5" (English), "1.250,5" (German); never "NaN". */
export function formatNumber(value: number, digits: Digits, locale: string): string {
  const min = digits.min ?? 0;
  const max = Math.max(min, digits.max ?? 1);
  const key = `${locale}|${min}|${max}`;
  let f = byDigits.get(key);
  if (!f) {
    f = formatter(locale, { minimumFractionDigits: min, maximumFractionDigits: max });
    byDigits.set(key, f);
  }
  const v = finite(value);
  // −0 is written "-0" but a Map takes it for 0: written each time.
  if (Object.is(v, -0)) return f.format(v);
  let texts = written.get(key);
  if (!texts) {
    texts = new Map();
    written.set(key, texts);
  }
  // Kept by the value itself: Intl rounds the shortest decimal that names a value (1.15 → "1.2"), not
  // its exact binary value as toFixed does (1.15 → "1.1"), so no cheaper key stands for the text.
  let text = texts.get(v);
  if (text === undefined) {
    if (texts.size >= WRITTEN_MAX) texts.clear();
    text = f.format(v);
    texts.set(v, text);
  }
  return text;
}

/** A number with exactly `digits` decimals, like `toFixed` but in `locale`: 0.5 → "0.50" / "0,50". */
export function formatFixed(value: number, digits: number, locale: string): string {
  return formatNumber(value, { min: digits, max: digits }, locale);
}

/**
 * A number with a true minus sign (−) and exactly `digits` decimals; no sign when it rounds to zero,
 * so −0.001 reads "0.00", not "−0.00".
 */
export function formatSigned(value: number, digits: number, locale: string): string {
  const text = formatFixed(Math.abs(value), digits, locale);
  return value < 0 && formatFixed(0, digits, locale) !== text ? `−${text}` : text;
}

/** A share (0.95) as a percentage in `locale`: "95%" (English), "95 %" (German). */
export function formatPercent(share: number, digits: Digits, locale: string): string {
  const min = digits.min ?? 0;
  const max = Math.max(min, digits.max ?? 0);
  const key = `${locale}|%|${min}|${max}`;
  let f = byDigits.get(key);
  if (!f) {
    f = formatter(locale, { style: 'percent', minimumFractionDigits: min, maximumFractionDigits: max });
    byDigits.set(key, f);
  }
  return f.format(finite(share));
}

/** An amount of money in `locale`, the symbol where the language puts it: "£1,250", "1.250 €". */
export function formatMoney(amount: number, currency: string, fractionDigits: number, locale: string): string {
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

/** A number for a text field in `locale`, without grouping, so it reads back exactly. */
export function formatField(value: number, locale: string, maxFractionDigits = 6): string {
  return formatForInput(value, locale, maxFractionDigits);
}
