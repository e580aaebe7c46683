import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Agreement,
  type Answers,
  answeredCount,
  completeProfile,
  itemValue,
  MIN_ANSWERS_PER_SOURCE,
  scoreAll,
  scoreSource,
  withAnswer,
} from '../../src/lib/quiz/scoring';
import { SOURCES, STATEMENTS, statementsOf } from '../../src/lib/quiz/statements';

const agreement = fc.constantFrom<Agreement>(1, 2, 3, 4, 5);
const answers = fc.dictionary(fc.constantFrom(...STATEMENTS.map((s) => s.id)), agreement) as fc.Arbitrary<Answers>;

describe('the statements', () => {
  it('are 16, balanced four per source, each source with one reversed', () => {
    expect(STATEMENTS).toHaveLength(16);
    for (const s of SOURCES) {
      expect(statementsOf(s)).toHaveLength(4);
      expect(statementsOf(s).filter((x) => x.reverse)).toHaveLength(1);
    }
    expect(new Set(STATEMENTS.map((s) => s.id)).size).toBe(16);
  });
});

describe('scoring', () => {
  it('maps the scale to 0..1, backwards for reversed statements', () => {
    expect([1, 2, 3, 4, 5].map((a) => itemValue(a as Agreement, false))).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect([1, 2, 3, 4, 5].map((a) => itemValue(a as Agreement, true))).toEqual([1, 0.75, 0.5, 0.25, 0]);
  });
  it('scores a hand-worked source', () => {
    // problem1 agree (4) -> 0.75; problem4 is reversed, strongly disagree (1) -> 1; mean 0.875 -> 88.
    expect(scoreSource({ problem1: 4, problem4: 1 }, 'problem')).toEqual({ source: 'problem', score: 88, answered: 2 });
  });
  it(`waits for ${MIN_ANSWERS_PER_SOURCE} answers per source`, () => {
    expect(scoreSource({ feel1: 5 }, 'feel').score).toBeUndefined();
    expect(
      completeProfile({ problem1: 5, problem2: 5, opportunity1: 5, opportunity2: 5, feel1: 5, feel2: 5, look1: 5 }),
    ).toBeUndefined();
    expect(
      completeProfile({
        problem1: 5,
        problem2: 5,
        opportunity1: 5,
        opportunity2: 5,
        feel1: 5,
        feel2: 5,
        look1: 5,
        look2: 1,
      }),
    ).toEqual({
      problem: 100,
      opportunity: 100,
      feel: 100,
      look: 100,
    });
  });
  it('gives 0 and 100 at the extremes', () => {
    const max: Answers = {};
    const min: Answers = {};
    for (const s of STATEMENTS) {
      max[s.id] = s.reverse ? 1 : 5;
      min[s.id] = s.reverse ? 5 : 1;
    }
    expect(scoreAll(max).map((s) => s.score)).toEqual([100, 100, 100, 100]);
    expect(scoreAll(min).map((s) => s.score)).toEqual([0, 0, 0, 0]);
    expect(answeredCount(max)).toBe(16);
  });
  it('always stays a whole number from 0 to 100', () => {
    fc.assert(
      fc.property(answers, (a) =>
        scoreAll(a).every(
          (s) => s.score === undefined || (Number.isInteger(s.score) && s.score >= 0 && s.score <= 100),
        ),
      ),
    );
  });
  it('is monotonic: more agreement never lowers a source (raises it never, for reversed statements)', () => {
    const statement = fc.constantFrom(...STATEMENTS);
    fc.assert(
      fc.property(answers, statement, agreement, agreement, (a, s, x, y) => {
        const lo = Math.min(x, y) as Agreement;
        const hi = Math.max(x, y) as Agreement;
        const before = scoreSource({ ...a, [s.id]: lo }, s.source).score ?? 0;
        const after = scoreSource({ ...a, [s.id]: hi }, s.source).score ?? 0;
        return s.reverse ? after <= before : after >= before;
      }),
    );
  });
  it('only answers to a source move that source', () => {
    const base: Answers = { problem1: 3, problem2: 3, feel1: 2, feel2: 4 };
    expect(scoreSource({ ...base, look1: 5, look3: 5 }, 'problem')).toEqual(scoreSource(base, 'problem'));
  });
});

describe('withAnswer', () => {
  it('sets and clears one answer without touching the others', () => {
    const a: Answers = { problem1: 2, look4: 5 };
    expect(withAnswer(a, 'feel3', 4)).toEqual({ problem1: 2, feel3: 4, look4: 5 });
    expect(withAnswer(a, 'problem1', undefined)).toEqual({ look4: 5 });
    expect(a).toEqual({ problem1: 2, look4: 5 });
  });
});
