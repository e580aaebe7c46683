import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWERS } from '../../src/lib/kano/answers';
import { kanoKey, quizKey } from '../../src/lib/live-summary';
import type { Agreement, Answers } from '../../src/lib/quiz/scoring';
import { STATEMENTS } from '../../src/lib/quiz/statements';

describe('quizKey', () => {
  // Scores worked by hand: a straight statement answered a scores 100 × (a − 1) / 4.
  it.each([
    { name: 'nothing answered', answers: {}, key: { kind: 'pending', answered: 0, total: 16 } },
    {
      name: 'one source short of two answers',
      answers: { problem1: 4, problem2: 4, opportunity1: 4, opportunity2: 4, feel1: 5, feel2: 5, look1: 4 },
      key: { kind: 'pending', answered: 7, total: 16 },
    },
    {
      name: 'feeling good leads alone (100 against 75)',
      answers: { problem1: 4, problem2: 4, opportunity1: 4, opportunity2: 4, feel1: 5, feel2: 5, look1: 4, look3: 4 },
      key: { kind: 'leading', sources: ['feel'], score: 100 },
    },
    {
      name: 'a tie names both sources, in the order of the four',
      answers: { problem1: 5, problem2: 5, opportunity1: 3, opportunity2: 3, feel1: 3, feel2: 3, look1: 5, look3: 5 },
      key: { kind: 'leading', sources: ['problem', 'look'], score: 100 },
    },
    {
      name: 'reverse-keyed statements count the other way (problem4 at 1 is 100)',
      answers: { problem1: 5, problem4: 1, opportunity1: 1, opportunity2: 1, feel1: 1, feel2: 1, look1: 1, look3: 1 },
      key: { kind: 'leading', sources: ['problem'], score: 100 },
    },
  ] as { name: string; answers: Answers; key: ReturnType<typeof quizKey> }[])('$name', ({ answers, key }) => {
    expect(quizKey(answers)).toEqual(key);
  });

  it('leads with sources that have the top score, between 0 and 100, once a profile exists', () => {
    const answer = fc.constantFrom<Agreement>(1, 2, 3, 4, 5);
    const answers = fc.dictionary(fc.constantFrom(...STATEMENTS.map((s) => s.id)), answer) as fc.Arbitrary<Answers>;
    fc.assert(
      fc.property(answers, (a) => {
        const key = quizKey(a);
        if (key.kind === 'pending') {
          expect(key.answered).toBe(Object.keys(a).length);
          return;
        }
        expect(key.sources.length).toBeGreaterThan(0);
        expect(key.score).toBeGreaterThanOrEqual(0);
        expect(key.score).toBeLessThanOrEqual(100);
      }),
    );
  });
});

describe('kanoKey', () => {
  // From the evaluation table of Berger et al. (1993).
  it.each([
    { f: 'like', d: 'dislike', key: { kind: 'verdict', category: 'O' } },
    { f: 'like', d: 'neutral', key: { kind: 'verdict', category: 'A' } },
    { f: 'neutral', d: 'dislike', key: { kind: 'verdict', category: 'M' } },
    { f: 'like', d: 'like', key: { kind: 'verdict', category: 'Q' } },
    { f: 'like', d: '', key: { kind: 'pending' } },
    { f: '', d: 'dislike', key: { kind: 'pending' } },
  ] as const)('$f / $d', ({ f, d, key }) => {
    expect(kanoKey('single', f, d)).toEqual(key);
  });

  it('says nothing of a single pair in survey mode', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ANSWERS, ''), fc.constantFrom(...ANSWERS, ''), (f, d) => {
        expect(kanoKey('survey', f, d)).toEqual({ kind: 'survey' });
      }),
    );
  });
});
