import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkNumberInput,
  type DecimalSeparator,
  decimalSeparator,
  formatForInput,
  type PlainFormat,
  parseNumberInput,
  plainNumber,
} from '../../src/lib/number-input';

const ok = (value: number, unusual = false) => ({ ok: true, value, unusual });
const no = (problem: string) => ({ ok: false, problem });

describe('parseNumberInput', () => {
  it.each<[string, DecimalSeparator, object]>([
    ['1,000', '.', ok(1000)],
    ['1.000,5', ',', ok(1000.5)],
    ['1.000,5', '.', ok(1000.5, true)],
    ['1,000.5', ',', ok(1000.5, true)],
    ['1,5', '.', ok(1.5, true)],
    ['1.5', ',', ok(1.5, true)],
    ['1,5', ',', ok(1.5)],
    ['1.000', ',', ok(1000)],
    ['1.000', '.', ok(1)],
    ['0,500', '.', ok(0.5, true)],
    ['1234,567', '.', ok(1234.567, true)],
    ['1,000,000', ',', ok(1000000)],
    ['1.000.000', '.', ok(1000000)],
    ['1,00,000', '.', ok(100000)],
    ['12,34,567.5', '.', ok(1234567.5)],
    ['1 000', '.', ok(1000)],
    ['1\u202f000,25', ',', ok(1000.25)],
    ['1\u00a0000', ',', ok(1000)],
    ["1'000.5", '.', ok(1000.5)],
    ['1’000.5', '.', ok(1000.5)],
    ['  42 ', '.', ok(42)],
    ['\t7\n', '.', ok(7)],
    ['-5', '.', ok(-5)],
    ['\u22125', ',', ok(-5)],
    ['+5', '.', ok(5)],
    ['0', '.', ok(0)],
    ['-0', '.', ok(0)],
    ['5.', '.', ok(5)],
    ['.5', '.', ok(0.5)],
    [',5', '.', ok(0.5, true)],
    ['1e12', '.', ok(1e12)],
    ['2,5E3', ',', ok(2500)],
    ['1.5e-3', '.', ok(0.0015)],
    ['$1,200', '.', ok(1200)],
    ['1.200 €', ',', ok(1200)],
    ['12%', '.', ok(12)],
    ['１２３', '.', ok(123)],
    ['', '.', no('empty')],
    ['   ', '.', no('empty')],
    ['abc', '.', no('invalid')],
    ['12abc', '.', no('invalid')],
    ['NaN', '.', no('invalid')],
    ['Infinity', '.', no('invalid')],
    ['0x10', '.', no('invalid')],
    ['--5', '.', no('invalid')],
    ['.', '.', no('invalid')],
    ['e5', '.', no('invalid')],
    ['$', '.', no('invalid')],
    ['12 34', '.', no('grouping')],
    ['1,0,0', '.', no('grouping')],
    ['1.2.3', '.', no('grouping')],
    ['01,000,000', '.', no('grouping')],
    ['1,000.000.5', '.', no('grouping')],
    ['1 000,000', '.', ok(1000, true)],
    ['1e400', '.', no('too-large')],
    ['9'.repeat(400), '.', no('too-large')],
  ])('reads %j (decimal %j)', (text, decimal, expected) => {
    expect(parseNumberInput(text, decimal)).toEqual(expected);
  });

  it('never throws and returns a finite number or a reason, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.constantFrom<DecimalSeparator>('.', ','), (s, d) => {
        const r = parseNumberInput(s, d);
        return r.ok ? Number.isFinite(r.value) : typeof r.problem === 'string';
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[-+ 0-9.,'e%$]{0,14}$/), fc.constantFrom<DecimalSeparator>('.', ','), (s, d) => {
        const r = parseNumberInput(s, d);
        return r.ok ? Number.isFinite(r.value) : typeof r.problem === 'string';
      }),
    );
  });

  const LOCALES = [
    'en-US',
    'en-GB',
    'en-IN',
    'de-DE',
    'de-CH',
    'fr-FR',
    'es-ES',
    'it-IT',
    'pt-BR',
    'sv-SE',
    'ja-JP',
    'nl-NL',
    'pl-PL',
  ];

  it('reads back what the locale itself writes, with or without grouping', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.boolean(),
        (locale, x, grouping) => {
          const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 4, useGrouping: grouping }).format(x);
          const expected = Number(x.toFixed(4));
          const r = parseNumberInput(text, decimalSeparator(locale));
          return r.ok && Math.abs(r.value - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
        },
      ),
    );
  });

  it('reads back what formatForInput writes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOCALES, 'ar-EG'), fc.double({ min: 0, max: 1e10, noNaN: true }), (locale, x) => {
        const r = parseNumberInput(formatForInput(x, locale), decimalSeparator(locale));
        return r.ok && Math.abs(r.value - Number(x.toFixed(6))) <= 1e-9 * Math.max(1, x);
      }),
    );
  });

  it('knows each locale’s decimal separator', () => {
    expect(decimalSeparator('en-US')).toBe('.');
    expect(decimalSeparator('de-DE')).toBe(',');
    expect(decimalSeparator('de-CH')).toBe('.');
    expect(decimalSeparator('fr')).toBe(',');
    expect(decimalSeparator('ar-EG')).toBe('.');
    expect(decimalSeparator('!!')).toBe('.');
  });
});

describe('checkNumberInput', () => {
  const spec = { min: 0, max: 100 };
  it.each([
    ['50', spec, ok(50)],
    ['-1', spec, no('below')],
    ['1e12', spec, no('above')],
    ['100', spec, ok(100)],
    ['0', { ...spec, exclusiveMin: true }, no('below')],
    ['2.5', { ...spec, integer: true }, no('whole')],
    ['3', { ...spec, integer: true }, ok(3)],
    ['', spec, no('empty')],
    ['1,5', spec, ok(1.5, true)],
  ])('checks %j', (text, s, expected) => {
    expect(checkNumberInput(text, '.', s)).toEqual(expected);
  });
});

describe('plainNumber', () => {
  it.each<[number, PlainFormat, string]>([
    [1825, { decimal: '.' }, '1825'],
    [52.18, { decimal: ',' }, '52,18'],
    [0.5, { decimal: ',' }, '0,5'],
    [0.125, { decimal: '.' }, '0.13'],
    [-0.001, { decimal: '.' }, '0'],
    [60, { decimal: ',' }, '60'],
    [2000, { decimal: ',', group: '.' }, '2.000'],
    [-1234567.891, { decimal: ',', group: '.', maxFractionDigits: 1 }, '-1.234.567,9'],
    [999, { decimal: '.', group: ',' }, '999'],
    [Number.NaN, { decimal: '.' }, ''],
  ])('%d with %o → %s', (value, format, text) => {
    expect(plainNumber(value, format)).toBe(text);
  });

  it('writes what Intl writes without grouping (up to two decimals), and reads back as the rounded value', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.constantFrom<[DecimalSeparator, string, string]>(['.', ',', 'en-GB'], [',', '.', 'de-DE']),
        fc.boolean(),
        (value, [decimal, group, locale], grouped) => {
          const text = plainNumber(value, grouped ? { decimal, group } : { decimal });
          const rounded = Number(value.toFixed(2));
          // Intl rounds half away from zero on the decimal; toFixed on the binary value: compare where they agree.
          fc.pre(Math.abs(value * 100 - Math.trunc(value * 100)) !== 0.5);
          const intl = new Intl.NumberFormat(locale, {
            useGrouping: grouped ? 'always' : false,
            maximumFractionDigits: 2,
          });
          expect(text).toBe(intl.format(rounded).replace(/^-0$/, '0'));
          const back = parseNumberInput(text, decimal);
          expect(back.ok && back.value).toBe(Object.is(rounded, -0) ? 0 : rounded);
        },
      ),
    );
  });
});
