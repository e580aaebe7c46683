import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decimalOf,
  formatField,
  formatFixed,
  formatMoney,
  formatNumber,
  formatPercent,
  formatSigned,
  localeOf,
} from '../../src/i18n/format';
import { parseNumberInput } from '../../src/lib/number-input';

const NBSP = '\u00a0';

describe('formatting in a given locale (expected strings written by hand)', () => {
  it.each([
    [1250.5, 'en-GB', '1,250.5'],
    [1250.5, 'de-DE', '1.250,5'],
    [0.25, 'de-DE', '0,3'],
    [1_000_000, 'de-DE', '1.000.000'],
    [-3.5, 'en-GB', '-3.5'],
    [Number.NaN, 'de-DE', '0'],
    [Number.POSITIVE_INFINITY, 'en-GB', '0'],
  ])('formatNumber(%d) in %s is %j', (value, locale, text) => {
    expect(formatNumber(value, {}, locale)).toBe(text);
  });
  it.each([
    [0.5, 2, 'en-GB', '0.50'],
    [0.5, 2, 'de-DE', '0,50'],
    [12, 1, 'de-DE', '12,0'],
    [1250.456, 2, 'de-DE', '1.250,46'],
    [7, 0, 'en-GB', '7'],
  ])('formatFixed(%d, %d) in %s is %j', (value, digits, locale, text) => {
    expect(formatFixed(value, digits, locale)).toBe(text);
  });
  it.each([
    [-0.25, 2, 'en-GB', '−0.25'],
    [-0.25, 2, 'de-DE', '−0,25'],
    [0.25, 2, 'de-DE', '0,25'],
    [-0.001, 2, 'en-GB', '0.00'],
    [-0.001, 2, 'de-DE', '0,00'],
  ])('formatSigned(%d, %d) in %s is %j', (value, digits, locale, text) => {
    expect(formatSigned(value, digits, locale)).toBe(text);
  });
  it.each([
    [0.95, 'en-GB', '95%'],
    [0.95, 'de-DE', `95${NBSP}%`],
    [0.333, 'de-DE', `33${NBSP}%`],
  ])('formatPercent(%d) in %s is %j', (share, locale, text) => {
    expect(formatPercent(share, {}, locale)).toBe(text);
  });
  it('writes a percentage with decimals on request', () => {
    expect(formatPercent(0.125, { max: 1 }, 'de-DE')).toBe(`12,5${NBSP}%`);
  });
  it.each([
    [1250.5, 'EUR', 2, 'de-DE', `1.250,50${NBSP}€`],
    [1250.5, 'EUR', 2, 'en-GB', '€1,250.50'],
    [1250, 'GBP', 0, 'en-GB', '£1,250'],
    [115200, 'USD', 0, 'de-DE', `115.200${NBSP}$`],
    [Number.NaN, 'EUR', 0, 'de-DE', `0${NBSP}€`],
  ])('formatMoney(%d, %s, %d) in %s is %j', (amount, currency, digits, locale, text) => {
    expect(formatMoney(amount, currency, digits, locale)).toBe(text);
  });
  it('falls back to the code for a currency Intl does not know', () => {
    expect(formatMoney(5, 'not money', 0, 'en-GB')).toBe('not money 5');
  });
  it('writes English with fixed decimals as toFixed did, for values toFixed rounds exactly', () => {
    // Eighths are exact in binary, so toFixed and Intl round the same decimal; grouping commas aside.
    fc.assert(
      fc.property(fc.integer({ min: -80_000, max: 80_000 }), fc.integer({ min: 0, max: 3 }), (k, digits) => {
        const x = k / 8;
        const plain = formatFixed(x, digits, 'en-GB').replaceAll(',', '');
        expect(plain).toBe(x.toFixed(digits));
      }),
    );
  });
});

describe('formatting in a language', () => {
  it('writes English (en-GB) for English', () => {
    const locale = localeOf('en');
    expect(locale).toBe('en-GB');
    expect(decimalOf(locale)).toBe('.');
    expect(formatNumber(1250.5, {}, locale)).toBe('1,250.5');
    expect(formatPercent(0.95, {}, locale)).toBe('95%');
  });
  it('writes German for German, and the default language for an unknown code', () => {
    const locale = localeOf('de');
    expect(locale).toBe('de-DE');
    expect(decimalOf(locale)).toBe(',');
    expect(formatNumber(1250.5, {}, locale)).toBe('1.250,5');
    expect(formatFixed(0.5, 2, locale)).toBe('0,50');
    expect(formatPercent(0.95, {}, locale)).toBe(`95${NBSP}%`);
    expect(formatMoney(1250.5, 'EUR', 2, locale)).toBe(`1.250,50${NBSP}€`);
    expect(formatField(1250.5, locale)).toBe('1250,5');
    expect(localeOf('xx')).toBe('en-GB');
  });
  it('reads back in German what a German reader types, and in English what an English reader types', () => {
    const de = decimalOf(localeOf('de'));
    expect(parseNumberInput('1.250,5', de)).toEqual({ ok: true, value: 1250.5, unusual: false });
    expect(parseNumberInput('1.250', de)).toEqual({ ok: true, value: 1250, unusual: false });
    expect(parseNumberInput(formatField(1250.5, 'de-DE'), de)).toEqual({ ok: true, value: 1250.5, unusual: false });
    const en = decimalOf(localeOf('en'));
    expect(parseNumberInput('1,250.5', en)).toEqual({ ok: true, value: 1250.5, unusual: false });
    expect(parseNumberInput('1,250', en)).toEqual({ ok: true, value: 1250, unusual: false });
  });
});

describe('texts kept for values written before', () => {
  it('writes every value, asked again and again, as a fresh Intl formatter does', () => {
    const value = fc.oneof(
      fc.integer({ min: -300, max: 300 }).map((n) => n / 100),
      fc.double({ noNaN: true }),
      fc.constantFrom(0, -0, 0.005, -0.005, 0.125, -0.125, 1.005, 2.675, -0.001, 1e21, -1e21, 123456789.125),
    );
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 60 }),
        fc.constantFrom('en-GB', 'de-DE'),
        fc.nat(3),
        (values, locale, d) => {
          const fresh = new Intl.NumberFormat(locale, {
            numberingSystem: 'latn',
            minimumFractionDigits: d,
            maximumFractionDigits: d,
          });
          for (const v of [...values, ...values])
            expect(formatFixed(v, d, locale)).toBe(fresh.format(Number.isFinite(v) ? v : 0));
        },
      ),
    );
  });

  it('keeps −0 apart from 0, and forgets nothing it has not been asked', () => {
    expect(formatNumber(0, { max: 0 }, 'en-GB')).toBe('0');
    expect(formatNumber(-0, { max: 0 }, 'en-GB')).toBe('-0');
    // More values than are kept: the first ones are written again, the same.
    for (let i = 0; i < 5000; i += 1) formatFixed(i / 1000, 3, 'de-DE');
    expect(formatFixed(0.001, 3, 'de-DE')).toBe('0,001');
    expect(formatFixed(4.999, 3, 'de-DE')).toBe('4,999');
  });
});

describe('texts kept for values written before, with decimals up to a limit', () => {
  it('trims trailing zeros as a fresh Intl formatter does, whatever was asked before', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { maxLength: 40 }),
        fc.constantFrom('en-GB', 'de-DE'),
        fc.nat(3),
        (values, locale, max) => {
          const fresh = new Intl.NumberFormat(locale, { numberingSystem: 'latn', maximumFractionDigits: max });
          for (const v of [...values, ...values.map((x) => Math.round(x))])
            expect(formatNumber(v, { max }, locale)).toBe(fresh.format(v));
        },
      ),
    );
  });
});
