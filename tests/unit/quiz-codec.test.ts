import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { quizNotice } from '../../src/components/tools/value-quiz/notice-text';
import { loadText } from '../../src/i18n/text';
import { QUIZ_KEYS, type QuizState, quizCodec } from '../../src/lib/quiz/codec';
import type { Agreement, Answers } from '../../src/lib/quiz/scoring';
import { STATEMENTS } from '../../src/lib/quiz/statements';

beforeAll(() => loadText('en', ['value-quiz', 'notices']));

const agreement = fc.constantFrom<Agreement>(1, 2, 3, 4, 5);
const place = fc.option(
  fc.integer({ min: 0, max: 100 }).map((n) => n / 10),
  { nil: null },
);
const state: fc.Arbitrary<QuizState> = fc.record({
  offering: fc.string({ maxLength: 80 }).map((s) => s.replace(/\p{Cc}/gu, ' ').trim()),
  answers: fc.dictionary(fc.constantFrom(...STATEMENTS.map((s) => s.id)), agreement) as fc.Arbitrary<Answers>,
  frequency: place,
  complexity: place,
});

describe('value quiz URL state', () => {
  it('writes nothing for the defaults and readable keys otherwise', () => {
    expect(quizCodec.encode(quizCodec.defaults()).toString()).toBe('');
    const s: QuizState = { offering: 'Meal kit', answers: { problem1: 4, look2: 1 }, frequency: 7, complexity: 2.5 };
    expect(quizCodec.encode(s).toString()).toBe(
      'quiz-offering=Meal+kit&problem1=4&look2=1&quiz-frequency=7&quiz-complexity=2.5',
    );
  });
  it('round-trips any valid state without notices', () => {
    fc.assert(
      fc.property(state, (s) => {
        const back = quizCodec.decode(new URLSearchParams(quizCodec.encode(s).toString()));
        expect(back.value).toEqual(s);
        expect(back.notices).toEqual([]);
      }),
    );
  });
  it('names each bad value and falls back', () => {
    const r = quizCodec.decode(
      new URLSearchParams('problem1=7&feel2=yes&look3=2.0&look4=3&quiz-frequency=lots&quiz-complexity=12'),
    );
    expect(r.value.answers).toEqual({ look4: 3 });
    expect(r.value.frequency).toBeNull();
    expect(r.value.complexity).toBe(10);
    expect(r.notices.map((n) => n.key)).toEqual(['problem1', 'feel2', 'look3', 'quiz-frequency', 'quiz-complexity']);
    expect(r.notices[0]).toMatchObject({ code: 'bad-answer', given: '7' });
    expect(r.notices[0] && quizNotice(r.notices[0], 'en')).toContain('“7”');
    expect(r.notices[3] && quizNotice(r.notices[3], 'en')).toBe(
      'Frequency (0 to 10) “lots” is not a number; it was left empty.',
    );
  });
  it('never throws and always yields a usable state', () => {
    const key = fc.constantFrom(...QUIZ_KEYS, 'x');
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.string())), (pairs) => {
        const p = new URLSearchParams();
        for (const [k, v] of pairs) p.append(k, v);
        const { value } = quizCodec.decode(p);
        const okPlace = (n: number | null) => n === null || (Number.isFinite(n) && n >= 0 && n <= 10);
        return (
          value.offering.length <= 80 &&
          okPlace(value.frequency) &&
          okPlace(value.complexity) &&
          Object.values(value.answers).every((a) => [1, 2, 3, 4, 5].includes(a))
        );
      }),
    );
  });
});
