import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/lib/kano/analysis';
import { verdict } from '../../src/lib/kano/classify';
import { continuousScores } from '../../src/lib/kano/continuous';
import { emptyCounts } from '../../src/lib/kano/counts';
import { responsesFrom } from '../../src/lib/kano/responses';
import { binomialTest, chiSquareTest, spreadOf, wilsonInterval } from '../../src/lib/kano/stats';
import { classifyPair } from '../../src/lib/kano/table';

describe('Wilson interval', () => {
  // Worked by hand: p = 0.8, n = 10, z = 1.959964: centre = (0.8 + z²/20) / (1 + z²/10) = 0.71674,
  // half = z/(1 + z²/10) · √(0.016 + z²/400) = 0.22658, so 0.4902 to 0.9433.
  it('matches the interval worked by hand for 8 of 10', () => {
    const i = wilsonInterval(8, 10);
    expect(i?.low).toBeCloseTo(0.4902, 4);
    expect(i?.high).toBeCloseTo(0.9433, 4);
  });
  // Newcombe (1998), Statistics in Medicine 17, table II, example 81/263: Wilson 0.2553 to 0.3662.
  it('matches Newcombe’s published example 81 of 263', () => {
    const i = wilsonInterval(81, 263);
    expect(i?.low).toBeCloseTo(0.2553, 4);
    expect(i?.high).toBeCloseTo(0.3662, 4);
  });
  // 0 of 10: low 0, high = z²/(n + z²) = 3.8415/13.8415 = 0.2775.
  it('stays inside 0..1 at the edges', () => {
    expect(wilsonInterval(0, 10)?.low).toBe(0);
    expect(wilsonInterval(0, 10)?.high).toBeCloseTo(0.2775, 4);
    expect(wilsonInterval(10, 10)?.high).toBe(1);
    expect(wilsonInterval(0, 0)).toBeUndefined();
  });
  it('always holds the observed share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const k = Math.round(share * n);
        const i = wilsonInterval(k, n);
        expect(i).toBeDefined();
        if (!i) return;
        expect(i.low).toBeLessThanOrEqual(k / n + 1e-12);
        expect(i.high).toBeGreaterThanOrEqual(k / n - 1e-12);
        expect(i.low).toBeGreaterThanOrEqual(0);
        expect(i.high).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('exact binomial test of top against runner-up', () => {
  // By hand: P(X ≤ 1 | n = 10, ½) = (1 + 10)/1024; two-sided p = 22/1024 = 0.021484375.
  it('9 against 1', () => expect(binomialTest(9, 1).p).toBeCloseTo(22 / 1024, 8));
  // By hand: P(X ≤ 4 | n = 12) = (1 + 12 + 66 + 220 + 495)/4096 = 794/4096; p = 1588/4096.
  it('8 against 4', () => expect(binomialTest(8, 4).p).toBeCloseTo(1588 / 4096, 8));
  it('equal counts give p = 1, no counts give p = 1', () => {
    expect(binomialTest(5, 5).p).toBe(1);
    expect(binomialTest(0, 0).p).toBe(1);
  });
});

describe('chi-square test of independence', () => {
  // By hand: [[10, 20], [30, 40]]: expected [[12, 18], [28, 42]];
  // X² = 4/12 + 4/18 + 4/28 + 4/42 = 0.79365; df 1; p = P(χ²₁ > 0.79365) = 0.37300.
  it('matches the statistic and p worked by hand', () => {
    const t = chiSquareTest([
      [10, 20],
      [30, 40],
    ]);
    expect(t?.method).toBe('asymptotic');
    expect(t?.statistic).toBeCloseTo(0.793651, 5);
    expect(t?.df).toBe(1);
    expect(t?.p).toBeCloseTo(0.373, 3);
  });
  // Small counts [[3, 0], [0, 3]]: the only tables with these margins are the observed one and those
  // less extreme; Fisher's exact two-sided p = 2 · (1/20) = 0.1. The Monte Carlo estimate must be near it.
  it('uses a seeded Monte Carlo p-value when expected counts are small, near the exact value', () => {
    const t = chiSquareTest([
      [3, 0],
      [0, 3],
    ]);
    expect(t?.method).toBe('monte-carlo');
    expect(t?.p).toBeGreaterThan(0.08);
    expect(t?.p).toBeLessThan(0.12);
    expect(
      chiSquareTest([
        [3, 0],
        [0, 3],
      ])?.p,
    ).toBe(t?.p);
  });
  it('drops empty categories and refuses one group', () => {
    expect(chiSquareTest([[1, 2, 0]])).toBeUndefined();
    expect(
      chiSquareTest([
        [5, 0, 0],
        [5, 0, 0],
      ]),
    ).toBeUndefined();
  });
});

describe('spread and continuous scores', () => {
  // By hand: 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations sum 32, sample SD √(32/7) = 2.13809.
  it('mean and sample SD', () => {
    const s = spreadOf([2, 4, 4, 4, 5, 5, 7, 9, Number.NaN]);
    expect(s).toEqual({ n: 8, mean: 5, sd: expect.closeTo(2.13809, 5) });
    expect(spreadOf([])).toEqual({ n: 0, mean: undefined, sd: undefined });
    expect(spreadOf([3]).sd).toBeUndefined();
  });
  // like/dislike (0, 4) scores functional 4, dysfunctional 4; neutral/neutral 0, 0; expect/tolerate 2, 2.
  it('scores on the asymmetric scale', () => {
    const c = continuousScores([0, 2, 1], [4, 2, 3]);
    expect(c.functional.mean).toBeCloseTo(2, 10);
    expect(c.dysfunctional.mean).toBeCloseTo(2, 10);
  });
});

describe('tables and rules', () => {
  it('Pouliot’s table makes expect/expect and tolerate/tolerate questionable, and nothing else changes', () => {
    expect(classifyPair('expect', 'expect', 'standard')).toBe('I');
    expect(classifyPair('expect', 'expect', 'pouliot')).toBe('Q');
    expect(classifyPair('tolerate', 'tolerate', 'pouliot')).toBe('Q');
    expect(classifyPair('neutral', 'neutral', 'pouliot')).toBe('I');
  });
  // A 3, O 2, M 2, I 4, R 0, Q 0: most frequent is I; A+O+M = 7 > I+R+Q = 4, so the other rule gives A.
  it('the A+O+M rule can differ from the most frequent', () => {
    const counts = { ...emptyCounts(), A: 3, O: 2, M: 2, I: 4 };
    expect(verdict(counts, 6, 'most-frequent').category).toBe('I');
    expect(verdict(counts, 6, 'aom-vs-irq').category).toBe('A');
    expect(verdict({ ...emptyCounts(), A: 2, I: 3 }, 6, 'aom-vs-irq').category).toBe('I');
  });
});

describe('analysis of already-read responses (the entry point for other sources)', () => {
  const rows = [
    { functional: ['like' as const], dysfunctional: ['dislike' as const], importance: [9], segment: 'x' },
    { functional: ['expect' as const], dysfunctional: ['expect' as const], importance: [5], segment: 'x' },
    { functional: ['like' as const], dysfunctional: ['neutral' as const], importance: [undefined], segment: 'y' },
  ];
  it('counts, segments and averages importance; the table variant moves expect/expect from I to Q', () => {
    const r = responsesFrom(['Chat'], rows);
    const std = analyse(r, { table: 'standard', rule: 'most-frequent' });
    expect(std.overall.features[0]?.counts).toEqual({ A: 1, O: 1, M: 0, I: 1, R: 0, Q: 0 });
    expect(std.overall.features[0]?.importance).toEqual({ n: 2, mean: 7, sd: expect.closeTo(Math.SQRT2 * 2, 10) });
    expect(std.segments.map((s) => [s.name, s.respondents, s.small])).toEqual([
      ['x', 2, true],
      ['y', 1, true],
    ]);
    const pou = analyse(r, { table: 'pouliot', rule: 'most-frequent' });
    expect(pou.overall.features[0]?.counts).toEqual({ A: 1, O: 1, M: 0, I: 0, R: 0, Q: 1 });
  });
  it('an all-questionable feature has no Better, no Worse and no NaN', () => {
    const r = responsesFrom(['Odd'], [{ functional: ['like'], dysfunctional: ['like'] }]);
    const a = analyse(r);
    expect(a.overall.features[0]?.better).toBeUndefined();
    expect(a.overall.features[0]?.betterInterval).toBeUndefined();
    expect(JSON.stringify(a)).not.toMatch(/NaN|Infinity/);
  });
});
