import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coefficients, quadrantOf } from '../../src/lib/kano/coefficients';
import { type CategoryCounts, emptyCounts } from '../../src/lib/kano/counts';

const counts = (c: Partial<CategoryCounts>): CategoryCounts => ({ ...emptyCounts(), ...c });

describe('Better and Worse (Berger et al. 1993)', () => {
  it('matches hand-worked counts', () => {
    // A 10, O 6, M 3, I 1, R 4, Q 2: denominator A+O+M+I = 20.
    const c = coefficients(counts({ A: 10, O: 6, M: 3, I: 1, R: 4, Q: 2 }));
    expect(c.better).toBeCloseTo(16 / 20, 12); // 0.8
    expect(c.worse).toBeCloseTo(-9 / 20, 12); // -0.45
  });
  it('handles a pure must-be feature', () => {
    expect(coefficients(counts({ M: 7 }))).toEqual({ better: 0, worse: -1 });
  });
  it('handles a pure attractive feature, with a worse of 0 and not -0', () => {
    const c = coefficients(counts({ A: 3 }));
    expect(c.better).toBe(1);
    expect(Object.is(c.worse, 0)).toBe(true);
  });
  it('is undefined, never NaN, when only R and Q were counted', () => {
    expect(coefficients(counts({ R: 3, Q: 2 }))).toEqual({ better: undefined, worse: undefined });
    expect(coefficients(emptyCounts())).toEqual({ better: undefined, worse: undefined });
  });
  it('stays in range for any counts', () => {
    const n = fc.nat(1000);
    fc.assert(
      fc.property(n, n, n, n, n, n, (A, O, M, I, R, Q) => {
        const c = coefficients({ A, O, M, I, R, Q });
        if (A + O + M + I === 0) return c.better === undefined && c.worse === undefined;
        return (
          c.better !== undefined &&
          c.worse !== undefined &&
          c.better >= 0 &&
          c.better <= 1 &&
          c.worse <= 0 &&
          c.worse >= -1
        );
      }),
    );
  });
});

describe('quadrants', () => {
  it.each([
    [0.8, -0.2, 'attractive'],
    [0.8, -0.7, 'one-dimensional'],
    [0.2, -0.9, 'must-be'],
    [0.2, -0.1, 'indifferent'],
    [0.5, -0.5, 'one-dimensional'],
  ] as const)('better %d, worse %d is %s', (better, worse, q) => {
    expect(quadrantOf({ better, worse })).toBe(q);
  });
  it('has no quadrant without coefficients', () => {
    expect(quadrantOf({ better: undefined, worse: undefined })).toBeUndefined();
  });
});
