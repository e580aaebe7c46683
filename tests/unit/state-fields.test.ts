import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quote, readChoice, readNumber, readText } from '../../src/lib/state/fields';

const spec = { key: 'f', label: 'Frequency', min: 0, max: 10, fallback: 5 };

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
    expect(r.notice?.message).toContain('whole numbers');
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
  const c = { key: 't', label: 'Theme', choices: ['light', 'dark'] as const, fallback: 'light' as const };
  it('accepts a listed word and refuses others with a notice', () => {
    expect(readChoice('dark', c)).toEqual({ value: 'dark' });
    const r = readChoice('<b>x</b>', c);
    expect(r.value).toBe('light');
    expect(r.notice?.message).toContain('not one of light, dark');
  });
});

describe('readText and quote', () => {
  it('removes control characters and shortens long text with a notice', () => {
    expect(readText('a\u0000b', { key: 'n', label: 'Name', maxLength: 10, fallback: '' }).value).toBe('a b');
    const r = readText('x'.repeat(50), { key: 'n', label: 'Name', maxLength: 10, fallback: '' });
    expect(r.value).toHaveLength(10);
    expect(r.notice).toBeDefined();
  });
  it('quotes at most 40 characters', () => {
    expect(quote('y'.repeat(100))).toHaveLength(43);
  });
});
