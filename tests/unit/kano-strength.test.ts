import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseFeature } from '../../src/lib/kano/analysis';
import { verdict } from '../../src/lib/kano/classify';
import { continuousScores, FUNCTIONAL_SCORES, spreadOfCounts } from '../../src/lib/kano/continuous';
import { type CategoryCounts, emptyCounts } from '../../src/lib/kano/counts';
import { DEFAULT_OPTIONS } from '../../src/lib/kano/options';
import { spreadOf } from '../../src/lib/kano/stats';
import { categoryStrength, fongTest, totalStrength } from '../../src/lib/kano/strength';

const counts = (c: Partial<CategoryCounts>): CategoryCounts => ({ ...emptyCounts(), ...c });

describe('Fong’s test (stp25: |a − b| < round(1.65 √((a+b)(2n−a−b)/2n), 1) is "ns")', () => {
  // Each row worked by hand; a, b the two largest of M, O, A, I, R; n all pairs, Q included.
  const cases: [
    string,
    Partial<CategoryCounts>,
    { a: number; b: number; n: number; critical: number; sig: boolean },
  ][] = [
    // Single sign-on (chapter): 14 · 26 / 40 = 9.1, √9.1 = 3.01662, × 1.65 = 4.977 → 5.0; 4 < 5.0.
    ['single sign-on', { A: 3, O: 5, M: 9, I: 2, R: 1 }, { a: 9, b: 5, n: 20, critical: 5, sig: false }],
    // 40 · 60 / 100 = 24, √24 = 4.89898, × 1.65 = 8.083 → 8.1; 20 ≥ 8.1.
    ['clear lead', { M: 30, O: 10, A: 5, I: 5 }, { a: 30, b: 10, n: 50, critical: 8.1, sig: true }],
    // 12 · 12 / 24 = 6, √6 = 2.44949, × 1.65 = 4.0417 → 4.0 (stp25 rounds); 4 ≥ 4.0, so significant,
    // where the unrounded 4.0417 would not be.
    ['rounding boundary', { M: 8, O: 4 }, { a: 8, b: 4, n: 12, critical: 4, sig: true }],
    // Q is the largest but not ranked, only counted in n = 35: a = M 10, b = O 5; 15 · 55 / 70 = 11.786,
    // √ = 3.43303, × 1.65 = 5.664 → 5.7; 5 < 5.7.
    ['questionable only in n', { Q: 20, M: 10, O: 5 }, { a: 10, b: 5, n: 35, critical: 5.7, sig: false }],
  ];
  it.each(cases)('%s', (_, c, want) => {
    const f = fongTest(counts(c));
    expect(f).toBeDefined();
    expect(f?.a).toBe(want.a);
    expect(f?.b).toBe(want.b);
    expect(f?.n).toBe(want.n);
    expect(f?.critical).toBeCloseTo(want.critical, 10);
    expect(f?.difference).toBe(want.a - want.b);
    expect(f?.significant).toBe(want.sig);
  });
  it('is not applicable under 12 pairs in A, O, M, I, as in stp25', () => {
    expect(fongTest(counts({ A: 3, O: 3, M: 3, I: 2, R: 5, Q: 5 }))).toBeUndefined();
    expect(fongTest(counts({ A: 3, O: 3, M: 3, I: 3 }))).toBeDefined();
  });
  it('never calls a tie significant, and a larger lead with the same n never less so', () => {
    fc.assert(
      fc.property(fc.integer({ min: 6, max: 500 }), fc.integer({ min: 0, max: 500 }), (a, extra) => {
        // The rest stays below the two leaders so they remain the top two.
        const rest = Math.min(extra, a - 3);
        expect(fongTest(counts({ M: a, O: a, I: rest }))?.significant).toBe(false);
        const n = 2 * a + rest;
        const weaker = fongTest(counts({ M: a + 1, O: a - 1, I: rest }));
        const stronger = fongTest(counts({ M: a + 2, O: a - 2, I: rest }));
        if (weaker?.significant) expect(stronger?.significant).toBe(true);
        expect(weaker?.n).toBe(n);
      }),
    );
  });
});

describe('category and total strength (Lee and Newcomb 1997, as stp25)', () => {
  const cases: [string, Partial<CategoryCounts>, number, number][] = [
    // (9 − 5) / 20 = 0.2; (3 + 5 + 9) / 20 = 0.85.
    ['single sign-on', { A: 3, O: 5, M: 9, I: 2, R: 1 }, 0.2, 0.85],
    // Q not ranked: (10 − 5) / 35 = 0.142857; (0 + 5 + 10) / 35 = 0.428571.
    ['questionable largest', { Q: 20, M: 10, O: 5 }, 5 / 35, 15 / 35],
    // Reverse is ranked: R 6, I 2 → (6 − 2) / 10 = 0.4; total strength (1 + 1 + 0) / 10 = 0.2.
    ['reverse top', { R: 6, I: 2, A: 1, O: 1 }, 0.4, 0.2],
    ['tie', { A: 4, M: 4 }, 0, 1],
    ['nothing', {}, 0, 0],
  ];
  it.each(cases)('%s', (_, c, cat, tot) => {
    expect(categoryStrength(counts(c))).toBeCloseTo(cat, 10);
    expect(totalStrength(counts(c))).toBeCloseTo(tot, 10);
  });
  it('equals the mixed flag’s strength under the most-frequent rule when Q is not in the top two', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 5, maxLength: 5 }), ([a, o, m, i, r]) => {
        const c = counts({ A: a ?? 0, O: o ?? 0, M: m ?? 0, I: i ?? 0, R: r ?? 0 });
        expect(categoryStrength(c) * 100).toBeCloseTo(verdict(c).strength, 8);
        const t = totalStrength(c);
        expect(t).toBeGreaterThanOrEqual(0);
        expect(t).toBeLessThanOrEqual(1);
      }),
    );
  });
  it('is reported per feature by the analysis', () => {
    const f = analyseFeature(
      'sso',
      counts({ A: 3, O: 5, M: 9, I: 2, R: 1 }),
      DEFAULT_OPTIONS,
      spreadOf([]),
      continuousScores([], []),
    );
    expect(f.categoryStrength).toBeCloseTo(0.2, 10);
    expect(f.totalStrength).toBeCloseTo(0.85, 10);
    expect(f.fong?.significant).toBe(false);
    expect(f.fong?.critical).toBe(5);
  });
});

describe('spread from counts per score (the analysis counts answers by level, not one by one)', () => {
  it('equals the spread of the values written out', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 5, maxLength: 5 }), (counts) => {
        const values = FUNCTIONAL_SCORES.flatMap((s, k) => Array.from({ length: counts[k] ?? 0 }, () => s));
        const a = spreadOfCounts(FUNCTIONAL_SCORES, counts);
        const b = spreadOf(values);
        expect(a.n).toBe(b.n);
        if (b.mean === undefined) expect(a.mean).toBeUndefined();
        else expect(a.mean).toBeCloseTo(b.mean, 10);
        if (b.sd === undefined) expect(a.sd).toBeUndefined();
        else expect(a.sd).toBeCloseTo(b.sd, 10);
      }),
    );
  });
  // By hand: like 2, neutral 1, dislike 1 → scores 4, 4, 0, −2: mean 1.5, squares 6.25 + 6.25 + 2.25 + 12.25 = 27,
  // SD √(27 / 3) = 3.
  it('matches a spread worked by hand', () => {
    expect(spreadOfCounts(FUNCTIONAL_SCORES, [2, 0, 1, 0, 1])).toEqual({ n: 4, mean: 1.5, sd: 3 });
  });
});
