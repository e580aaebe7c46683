import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { commonNotice } from '../../src/i18n/common-notice';
import { quote } from '../../src/i18n/quote';
import { loadText } from '../../src/i18n/text';
import { readChoice, readNumber, readText } from '../../src/lib/state/fields';
import type { FieldRef, StateNotice } from '../../src/lib/state/notice';

const field: FieldRef = { tool: 'value-quiz', field: 'frequency' };
const words = (n: StateNotice | undefined, label: string) => (n ? commonNotice(n, label, 'en') : undefined);

beforeAll(() => loadText('en', ['notices']));

const spec = { key: 'f', field, min: 0, max: 10, fallback: 5 };

describe('readNumber', () => {
  it.each([
    ['7', 7, false],
    [' 3.5 ', 3.5, false],
    ['', 5, false],
    ['abc', 5, true],
    ['NaN', 5, true],
    ['1e309', 5, true],
    ['-2', 0, true],
    ['11', 10, true],
    ['1e1', 10, false],
    ['0x10', 5, true],
    ['Infinity', 5, true],
  ])('reads %j as %d (notice: %s)', (raw, value, hasNotice) => {
    const r = readNumber(raw, spec);
    expect(r.value).toBe(value);
    expect(r.notice !== undefined).toBe(hasNotice);
  });

  it('rounds when integers are asked for and says so', () => {
    const r = readNumber('2.4', { ...spec, integer: true });
    expect(r.value).toBe(2);
    expect(r.notice).toMatchObject({ code: 'out-of-range', given: '2.4', integer: true, used: 2 });
    expect(words(r.notice, 'Frequency')).toBe('Frequency “2.4” is outside 0 to 10 (whole numbers); using 2.');
  });

  it('always returns a finite number in range, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const { value } = readNumber(s, spec);
        return Number.isFinite(value) && value >= spec.min && value <= spec.max;
      }),
    );
  });
});

describe('readChoice', () => {
  const c = { key: 't', field, choices: ['light', 'dark'] as const, fallback: 'light' as const };
  it('accepts a listed word and refuses others with a notice', () => {
    expect(readChoice('dark', c)).toEqual({ value: 'dark' });
    const r = readChoice('<b>x</b>', c);
    expect(r.value).toBe('light');
    expect(r.notice).toMatchObject({ code: 'not-a-choice', given: '<b>x</b>', used: 'light' });
    expect(words(r.notice, 'Theme')).toBe('Theme “<b>x</b>” is not one of light, dark; using light.');
  });
});

describe('readText and quote', () => {
  it('removes control characters and shortens long text with a notice', () => {
    expect(readText('a\u0000b', { key: 'n', field, maxLength: 10, fallback: '' }).value).toBe('a b');
    const r = readText('x'.repeat(50), { key: 'n', field, maxLength: 10, fallback: '' });
    expect(r.value).toHaveLength(10);
    expect(r.notice).toEqual({ key: 'n', field, code: 'shortened', maxLength: 10 });
    expect(words(r.notice, 'Name')).toBe('Name was longer than 10 characters and was shortened.');
  });
  it('quotes at most 40 characters', () => {
    expect(quote('y'.repeat(100))).toHaveLength(43);
  });
});
