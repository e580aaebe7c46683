import { describe, expect, it } from 'vitest';
import { defaultCurrency, formatMoney, formatNumber, safeLocale } from '../../src/lib/anxiety/money';

describe('money', () => {
  it.each([
    ['en-US', 'USD'],
    ['en', 'USD'],
    ['en-GB', 'GBP'],
    ['de', 'EUR'],
    ['fr-CH', 'CHF'],
    ['ja', 'JPY'],
    ['hi-IN', 'INR'],
    ['pt-BR', 'BRL'],
    ['sw-KE', 'USD'],
    ['not a locale', 'USD'],
  ])('picks a currency for %s: %s', (locale, currency) => {
    expect(defaultCurrency(locale)).toBe(currency);
  });

  it('formats in the reader’s locale without NaN', () => {
    expect(formatMoney(115200, 'USD', 'en-US')).toBe('$115,200');
    expect(formatMoney(1234.5, 'EUR', 'de-DE')).toBe('1.235\u00a0€');
    expect(formatMoney(Number.NaN, 'GBP', 'en-GB')).toBe('£0');
    expect(formatNumber(Number.POSITIVE_INFINITY, 'en')).toBe('0');
    expect(formatNumber(1234.56, 'de')).toBe('1.234,6');
  });

  it('falls back to English for an unknown or malformed locale', () => {
    expect(safeLocale(undefined)).toBe('en');
    expect(safeLocale('')).toBe('en');
    expect(safeLocale('%%')).toBe('en');
    expect(safeLocale('de-DE')).toBe('de-DE');
  });
});
