import { describe, expect, it } from 'vitest';
import { rankCategories, verdict } from '../../src/lib/kano/classify';
import { type CategoryCounts, emptyCounts } from '../../src/lib/kano/counts';
import { summarizeFeature } from '../../src/lib/kano/feature';

const counts = (c: Partial<CategoryCounts>): CategoryCounts => ({ ...emptyCounts(), ...c });

describe('category by most frequent answer', () => {
  it('picks the clear winner with its strength in points', () => {
    const v = verdict(counts({ A: 12, O: 5, I: 3 }));
    expect(v.category).toBe('A');
    expect(v.runnerUp).toBe('O');
    expect(v.strength).toBeCloseTo(35, 10); // 60 % - 25 %
    expect(v.mixed).toBe(false);
  });
  it.each([
    [{ M: 5, O: 5 }, 'M', 'O'],
    [{ O: 5, A: 5 }, 'O', 'A'],
    [{ A: 5, I: 5 }, 'A', 'I'],
    [{ M: 4, O: 4, A: 4, I: 4 }, 'M', 'O'],
    [{ I: 3, R: 3 }, 'I', 'R'],
    [{ R: 2, Q: 2 }, 'R', 'Q'],
  ] as const)('breaks the tie %j as M > O > A > I > R > Q: %s first', (c, top, second) => {
    const v = verdict(counts(c));
    expect(v.category).toBe(top);
    expect(v.runnerUp).toBe(second);
    expect(v.strength).toBe(0);
    expect(v.mixed).toBe(true);
  });
  it('flags a near-tie below 6 points as mixed, and 6 points or more as not', () => {
    // 100 answers: O 40, A 35 -> 5 points; O 41, A 35 -> 6 points.
    expect(verdict(counts({ O: 40, A: 35, I: 25 })).mixed).toBe(true);
    expect(verdict(counts({ O: 41, A: 35, I: 24 })).mixed).toBe(false);
  });
  it('accepts another margin', () => {
    expect(verdict(counts({ O: 41, A: 35, I: 24 }), 10).mixed).toBe(true);
  });
  it('counts reverse and questionable answers in the shares', () => {
    const v = verdict(counts({ Q: 6, A: 4 }));
    expect(v.category).toBe('Q');
    expect(v.strength).toBeCloseTo(20, 10);
  });
  it('has no category and no runner-up when nothing was counted, or only one category', () => {
    expect(verdict(emptyCounts())).toEqual({ category: undefined, runnerUp: undefined, strength: 0, mixed: false });
    expect(verdict(counts({ I: 2 }))).toEqual({ category: 'I', runnerUp: undefined, strength: 100, mixed: false });
  });
  it('ranks all six categories', () => {
    expect(rankCategories(counts({ Q: 1, I: 3, A: 3 }))).toEqual(['A', 'I', 'Q', 'M', 'O', 'R']);
  });
});

describe('feature summary flags', () => {
  it('flags 10 % questionable and 10 % reverse, not 9 %', () => {
    const f = summarizeFeature('x', counts({ A: 8, R: 1, Q: 1 }));
    expect(f.manyQuestionable).toBe(true);
    expect(f.manyReverse).toBe(true);
    const g = summarizeFeature('y', counts({ A: 91, R: 9 }));
    expect(g.manyReverse).toBe(false);
  });
});
