import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/lib/kano/analysis';
import type { Answer } from '../../src/lib/kano/answers';
import { filterRespondents, readLimit } from '../../src/lib/kano/filter';
import { responsesFrom } from '../../src/lib/kano/responses';
import { readSettings, writeSettings } from '../../src/lib/kano/saved-settings';
import { flatCategoryIndex } from '../../src/lib/kano/table';

// Standard table: like/like Q, neutral/neutral I, like/dislike O, expect/dislike M, like/neutral A.
const PAIRS: Record<'Q' | 'I' | 'O' | 'M' | 'A', [Answer, Answer]> = {
  Q: ['like', 'like'],
  I: ['neutral', 'neutral'],
  O: ['like', 'dislike'],
  M: ['expect', 'dislike'],
  A: ['like', 'neutral'],
};
const row = (cats: (keyof typeof PAIRS)[], segment: string) => ({
  functional: cats.map((c) => PAIRS[c][0]),
  dysfunctional: cats.map((c) => PAIRS[c][1]),
  segment,
});
// Four respondents, three features. Q and I per respondent, counted by hand:
// r1 Q Q O (Q 2, I 0); r2 I I I (Q 0, I 3); r3 O M A (0, 0); r4 Q I M (Q 1, I 1).
const responses = responsesFrom(
  ['f1', 'f2', 'f3'],
  [row(['Q', 'Q', 'O'], 'x'), row(['I', 'I', 'I'], 'x'), row(['O', 'M', 'A'], 'y'), row(['Q', 'I', 'M'], 'y')],
);
const table = flatCategoryIndex('standard');

describe('respondent filtering (stp25 rm_Q, rm_I)', () => {
  it('keeps everyone with no limit', () => {
    const f = filterRespondents(responses, table, {});
    expect(f.kept).toEqual([0, 1, 2, 3]);
    expect(f.leftOut).toBe(0);
  });
  const cases: [string, { maxQuestionable?: number; maxIndifferent?: number }, number[], number, number][] = [
    // More than 1 Q: r1 (2). More than 2 I: r2 (3).
    ['Q > 1 or I > 2', { maxQuestionable: 1, maxIndifferent: 2 }, [2, 3], 1, 1],
    // More than 0 Q: r1, r4. More than 0 I: r2, r4 (r4 counted under both reasons, left out once).
    ['Q > 0 or I > 0', { maxQuestionable: 0, maxIndifferent: 0 }, [2], 2, 2],
    ['Q > 1 only', { maxQuestionable: 1 }, [1, 2, 3], 1, 0],
    ['I > 3 leaves nobody out', { maxIndifferent: 3 }, [0, 1, 2, 3], 0, 0],
  ];
  it.each(cases)('%s', (_, limits, kept, q, i) => {
    const f = filterRespondents(responses, table, limits);
    expect(f.kept).toEqual(kept);
    expect(f.leftOut).toBe(4 - kept.length);
    expect(f.tooManyQuestionable).toBe(q);
    expect(f.tooManyIndifferent).toBe(i);
  });
  it('changes the counts exactly as worked by hand', () => {
    const before = analyse(responses);
    // f1 before: Q (r1), I (r2), O (r3), Q (r4).
    expect(before.overall.features[0]?.counts).toEqual({ A: 0, O: 1, M: 0, I: 1, R: 0, Q: 2 });
    const a = analyse(responses, { table: 'standard', rule: 'most-frequent', maxQuestionable: 1, maxIndifferent: 2 });
    expect(a.respondents).toBe(2);
    expect(a.filter).toMatchObject({ before: 4, leftOut: 2, tooManyQuestionable: 1, tooManyIndifferent: 1 });
    // Kept r3 (O M A) and r4 (Q I M).
    expect(a.overall.features.map((f) => f.counts)).toEqual([
      { A: 0, O: 1, M: 0, I: 0, R: 0, Q: 1 },
      { A: 0, O: 0, M: 1, I: 1, R: 0, Q: 0 },
      { A: 1, O: 0, M: 1, I: 0, R: 0, Q: 0 },
    ]);
    // Segments hold only the kept: x had r1, r2 (both out), y had r3, r4.
    expect(a.segments.map((s) => [s.name, s.respondents])).toEqual([
      ['x', 0],
      ['y', 2],
    ]);
  });
  it('reads a typed limit: whole numbers from 0, empty for none, anything else refused', () => {
    expect(readLimit('')).toBeUndefined();
    expect(readLimit(' 3 ')).toBe(3);
    expect(readLimit('0')).toBe(0);
    expect(readLimit('-1')).toBeNull();
    expect(readLimit('1.5')).toBeNull();
    expect(readLimit('abc')).toBeNull();
  });
  it('keeps the limits with the saved choices, and drops malformed ones', () => {
    const header = ['a', 'b'];
    const saved = writeSettings(header, {
      options: { table: 'standard', rule: 'most-frequent', maxQuestionable: 2, maxIndifferent: 5 },
    });
    expect(readSettings(saved, header)?.options).toEqual({
      table: 'standard',
      rule: 'most-frequent',
      maxQuestionable: 2,
      maxIndifferent: 5,
    });
    const bad = JSON.stringify({ header, settings: { options: { maxQuestionable: -1, maxIndifferent: 'x' } } });
    expect(readSettings(bad, header)?.options).toEqual({ table: 'standard', rule: 'most-frequent' });
  });
});
