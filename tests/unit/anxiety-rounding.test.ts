import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundToTotal } from '../../src/lib/anxiety/rounding';

describe('roundToTotal', () => {
  it.each([
    [[22.4, 16.3, 15.3, -6.2, -1.9, -3.1, 0], 42, [22, 16, 15, -6, -2, -3, 0]],
    [[33.4, 33.3, 33.3], 100, [34, 33, 33]],
    [[0.5, 0.5], 1, [1, 0]],
    [[], 0, []],
    [[10.6, -0.6], 10, [11, -1]],
  ])('rounds %j to total %d as %j', (values, target, expected) => {
    expect(roundToTotal(values, target)).toEqual(expected);
  });

  it('always hits the rounded sum, each value within one of its own', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { maxLength: 10 }), (xs) => {
        const target = Math.round(xs.reduce((a, b) => a + b, 0));
        const r = roundToTotal(xs, target);
        return (
          r.reduce((a, b) => a + b, 0) === target &&
          r.every((v, i) => Number.isInteger(v) && Math.abs(v - (xs[i] ?? 0)) < 1 + 1e-9)
        );
      }),
    );
  });
});
