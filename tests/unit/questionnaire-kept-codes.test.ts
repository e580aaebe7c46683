import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWERS } from '../../src/lib/kano/answers';
import { MAX_RESPONDENTS, type Respondent } from '../../src/lib/questionnaire/collect';
import {
  addressCodes,
  CODES_KEY,
  MAX_KEPT_CODES,
  readKeptCodes,
  storedCodes,
  unionCodes,
} from '../../src/lib/questionnaire/kept-codes';
import type { Questionnaire } from '../../src/lib/questionnaire/model';
import { type AnswerPair, encodeResponse } from '../../src/lib/questionnaire/response';

const THREE: Questionnaire = {
  title: '',
  features: ['Skip a week', 'Recipe cards', 'Pause'].map((name) => ({ name, description: '' })),
  functional: '',
  dysfunctional: '',
  answers: 'like-expect',
};
const OTHER: Questionnaire = { ...THREE, features: [{ name: 'Other', description: '' }] };

const like: AnswerPair = { functional: 'like', dysfunctional: 'dislike' };
const one = (answers: AnswerPair[]): Respondent => ({ code: encodeResponse(THREE, answers), answers });
const A = one([like, like, like]);
const B = one([like, null, null]);
const C = one([null, null, like]);

describe('collected codes kept in storage or the address', () => {
  it.each<[string, string | null | undefined, string[]]>([
    ['nothing kept', undefined, []],
    ['nothing in the address', null, []],
    ['one a line, as storage keeps them', `${A.code}\n${B.code}`, [A.code, B.code]],
    ['joined by dots, as the address keeps them', `${A.code}.${B.code}.${C.code}`, [A.code, B.code, C.code]],
    ['a repeat counts once', `${A.code}.${A.code}`, [A.code]],
    ['a code of another questionnaire is dropped', `${encodeResponse(OTHER, [like])}.${B.code}`, [B.code]],
    ['a damaged code is dropped', `${A.code.slice(0, -1)}Z.${C.code}`, [C.code]],
    ['longer than any list written: nothing', 'x'.repeat(MAX_KEPT_CODES + 1), []],
  ])('%s', (_, text, codes) => {
    expect(readKeptCodes(THREE, text).map((r) => r.code)).toEqual(codes);
  });

  it('reads back every list it writes, in either form, with its answers', () => {
    const pair = fc.oneof(
      fc.constant(null),
      fc.record({ functional: fc.constantFrom(...ANSWERS), dysfunctional: fc.constantFrom(...ANSWERS) }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(pair, { minLength: 3, maxLength: 3 }), { maxLength: 40 }), (lists) => {
        const kept = unionCodes([], lists.map(one));
        expect(readKeptCodes(THREE, storedCodes(kept))).toEqual(kept);
        expect(readKeptCodes(THREE, new URLSearchParams({ [CODES_KEY]: addressCodes(kept) }).get(CODES_KEY))).toEqual(
          kept,
        );
      }),
    );
  });

  it('writes no list longer than it reads: the longest codes, as many as are ever kept', () => {
    const longest = `K1-ABCD-${'Z'.repeat(20)}-ZZ`;
    const many = Array.from({ length: MAX_RESPONDENTS }, () => ({ code: longest, answers: [] }));
    expect(addressCodes(many).length).toBeLessThanOrEqual(MAX_KEPT_CODES);
    expect(storedCodes(many).length).toBeLessThanOrEqual(MAX_KEPT_CODES);
  });

  it('adds what storage lacks from the address, storage’s order first, no repeats', () => {
    expect(unionCodes([A, B], [B, C]).map((r) => r.code)).toEqual([A.code, B.code, C.code]);
    expect(unionCodes([], [C, A, C]).map((r) => r.code)).toEqual([C.code, A.code]);
  });

  it('keeps at most the limit of respondents', () => {
    const many = Array.from({ length: MAX_RESPONDENTS + 5 }, (_, i) => ({ code: `c${i}`, answers: [] }));
    expect(unionCodes(many, [A])).toHaveLength(MAX_RESPONDENTS);
  });
});
