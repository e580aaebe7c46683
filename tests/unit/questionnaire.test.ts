import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { kanoText as deKano } from '../../src/i18n/de/kano';
import { kanoText as enKano } from '../../src/i18n/en/kano';
import { ANSWERS } from '../../src/lib/kano/answers';
import { parseSurvey } from '../../src/lib/kano/survey';
import { ALPHABET } from '../../src/lib/questionnaire/base32';
import { collectCodes, findCodes } from '../../src/lib/questionnaire/collect';
import { responsesCsv } from '../../src/lib/questionnaire/csv';
import { fingerprint } from '../../src/lib/questionnaire/fingerprint';
import { ANSWER_SETS, Q_LIMITS, type Questionnaire } from '../../src/lib/questionnaire/model';
import { decodeResponse } from '../../src/lib/questionnaire/read-code';
import { type AnswerPair, encodeResponse } from '../../src/lib/questionnaire/response';
import { decodeQuestionnaire, encodeQuestionnaire } from '../../src/lib/questionnaire/url';
import { RECOGNITION } from './kano-recognition';

const FIVE: Questionnaire = {
  title: 'Meal kit',
  features: ['Skip a week', 'Recipe cards', 'Pause', 'Eco box', 'Chat'].map((name) => ({ name, description: '' })),
  functional: '',
  dysfunctional: '',
  answers: 'like-expect',
};

const text = (max: number) =>
  fc
    .string({ minLength: 1, maxLength: max, unit: 'grapheme-ascii' })
    .map((s) => s.replace(/[<>]/g, '').replace(/\s+/g, ' ').trim())
    .filter((s) => s !== '');

const questionnaire: fc.Arbitrary<Questionnaire> = fc.record({
  title: fc.oneof(fc.constant(''), text(Q_LIMITS.title)),
  features: fc.array(
    fc.record({ name: text(Q_LIMITS.name), description: fc.oneof(fc.constant(''), text(Q_LIMITS.description)) }),
    { minLength: 1, maxLength: Q_LIMITS.features },
  ),
  functional: fc.oneof(fc.constant(''), text(Q_LIMITS.wording)),
  dysfunctional: fc.oneof(fc.constant(''), text(Q_LIMITS.wording)),
  answers: fc.constantFrom(...ANSWER_SETS),
});

const pair: fc.Arbitrary<AnswerPair> = fc.oneof(
  fc.constant(null),
  fc.record({ functional: fc.constantFrom(...ANSWERS), dysfunctional: fc.constantFrom(...ANSWERS) }),
);

const withAnswers = questionnaire.chain((q) =>
  fc.tuple(fc.constant(q), fc.array(pair, { minLength: q.features.length, maxLength: q.features.length })),
);

describe('questionnaire address', () => {
  it('uses readable, numbered keys', () => {
    const q = { ...FIVE, features: FIVE.features.slice(0, 2), answers: 'like-must' as const };
    q.features[0] = { name: 'Skip a week', description: 'Pause deliveries' };
    expect(encodeQuestionnaire(q).toString()).toBe(
      'title=Meal+kit&f1=Skip+a+week&d1=Pause+deliveries&f2=Recipe+cards&set=like-must',
    );
  });
  it('round-trips any questionnaire within the limits', async () => {
    await fc.assert(
      fc.asyncProperty(questionnaire, async (q) => {
        const back = await decodeQuestionnaire(encodeQuestionnaire(q).toString());
        expect(back.problems).toEqual([]);
        expect(back.value).toEqual(q);
      }),
    );
  });
  it('names unknown keys, a bad set, markup, too many features and overlong text', async () => {
    const r = await decodeQuestionnaire(
      `f1=<script>alert(1)</script>&f21=x&set=yes&evil=1&f2=${'a'.repeat(300)}&d3=orphan`,
    );
    expect(r.problems.map((p) => p.code).sort()).toEqual(
      ['bad-set', 'description-without-name', 'markup', 'too-long', 'too-many-features', 'unknown-key'].sort(),
    );
    expect(r.value.features.map((f) => f.name.length)).toEqual([25, Q_LIMITS.name]);
    expect(r.value.answers).toBe('like-expect');
  });
  it('refuses to read past the size limit', async () => {
    const r = await decodeQuestionnaire(`f1=a&title=${'x'.repeat(10_000)}`);
    expect(r.problems[0]?.code).toBe('too-long-address');
    expect(r.value.features).toEqual([{ name: 'a', description: '' }]);
  });
  it('never throws on any query', async () => {
    const key = fc.constantFrom('title', 'f1', 'd1', 'f20', 'f99', 'set', 'ask-yes', 'x');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(key, fc.string())), async (pairs) => {
        const p = new URLSearchParams();
        for (const [k, v] of pairs) p.append(k, v);
        const r = await decodeQuestionnaire(p);
        return r.value.features.length <= Q_LIMITS.features && r.value.features.every((f) => f.name.length <= 60);
      }),
    );
  });
});

describe('response codes', () => {
  it('has the documented shape: version, fingerprint, one character per feature, two check characters', () => {
    const code = encodeResponse(FIVE, [
      { functional: 'like', dysfunctional: 'dislike' },
      { functional: 'expect', dysfunctional: 'dislike' },
      null,
      { functional: 'like', dysfunctional: 'like' },
      { functional: 'dislike', dysfunctional: 'dislike' },
    ]);
    // like×dislike = 0*5+4 = 4; expect×dislike = 1*5+4 = 9; skipped = 25 = 'S'; like×like = 0; dislike×dislike = 24 = 'R'
    expect(code).toMatch(/^K1-[0-9A-Z]{4}-49S0R-[0-9A-Z]{2}$/);
    expect(code.split('-')[1]).toBe(fingerprint(FIVE));
  });
  it('round-trips every answer of any questionnaire within the limits', () => {
    fc.assert(
      fc.property(withAnswers, ([q, answers]) => {
        const back = decodeResponse(q, encodeResponse(q, answers));
        expect(back).toEqual({ ok: true, code: encodeResponse(q, answers), answers });
      }),
    );
  });
  it('detects any single changed character', () => {
    const other = fc.constantFrom(...`${ALPHABET}ILOU-_ .x`);
    fc.assert(
      fc.property(withAnswers, fc.nat(), other, ([q, answers], at, ch) => {
        const code = encodeResponse(q, answers);
        const i = at % code.length;
        fc.pre(code[i] !== ch.toUpperCase());
        const changed = code.slice(0, i) + ch + code.slice(i + 1);
        expect(decodeResponse(q, changed).ok).toBe(false);
      }),
    );
  });
  it('names why a code is refused', () => {
    const all: AnswerPair[] = FIVE.features.map(() => ({ functional: 'like', dysfunctional: 'neutral' }));
    const code = encodeResponse(FIVE, all);
    const typo = code.replace(/-(\w)(\w{4})-/, (_, a: string, rest: string) => `-${a === 'A' ? 'B' : 'A'}${rest}-`);
    expect(decodeResponse(FIVE, typo)).toEqual({ ok: false, problem: 'bad-checksum' });
    const six = { ...FIVE, features: [...FIVE.features, { name: 'Gift', description: '' }] };
    expect(decodeResponse(six, code)).toEqual({ ok: false, problem: 'other-questionnaire' });
    expect(decodeResponse(FIVE, code.replace('K1', 'K2'))).toEqual({ ok: false, problem: 'unknown-version' });
    expect(decodeResponse(FIVE, 'hello')).toEqual({ ok: false, problem: 'not-a-code' });
    expect(decodeResponse(FIVE, code.toLowerCase()).ok).toBe(true);
  });
  it('keeps the fingerprint when only wording, title or descriptions change', () => {
    const edited = {
      ...FIVE,
      title: 'x',
      functional: 'Q {feature}',
      features: FIVE.features.map((f) => ({ ...f, description: 'd' })),
    };
    expect(fingerprint(edited)).toBe(fingerprint(FIVE));
    expect(fingerprint({ ...FIVE, answers: 'like-must' })).not.toBe(fingerprint(FIVE));
  });
});

describe('collecting codes from pasted text', () => {
  const a = encodeResponse(
    FIVE,
    FIVE.features.map(() => ({ functional: 'like', dysfunctional: 'dislike' })),
  );
  const b = encodeResponse(
    FIVE,
    FIVE.features.map(() => ({ functional: 'expect', dysfunctional: 'dislike' })),
  );
  const c = encodeResponse(
    FIVE,
    FIVE.features.map(() => null),
  );
  const six = { ...FIVE, features: [...FIVE.features, { name: 'Gift', description: '' }] };
  const foreign = encodeResponse(
    six,
    six.features.map(() => null),
  );
  const typo = `${a.slice(0, -1)}${a.endsWith('0') ? '1' : '0'}`;
  const chat = [
    '[09:14] Anna: here is mine',
    `[09:15] Anna: ${a}`,
    `Ben <ben@example.org> wrote: my code is ${b}, thanks!`,
    'Carla: see-you-later and call 0800-1234-5678-90',
    `${c}`,
    `${a.toLowerCase()} (sent twice, sorry)`,
    `Dev: ${typo}`,
    `Eve: ${foreign}`,
  ].join('\n');

  it('finds every code among names, timestamps and other words', () => {
    expect(findCodes(chat)).toEqual([a, b, c, a.toLowerCase(), typo, foreign]);
  });
  it('counts valid, duplicate and rejected codes, with reasons', () => {
    const r = collectCodes(chat, FIVE, new Set());
    expect([r.found, r.valid, r.duplicates]).toEqual([6, 3, 1]);
    expect(r.rejected).toEqual([
      { code: typo, problem: 'bad-checksum' },
      { code: foreign, problem: 'other-questionnaire' },
    ]);
    expect(r.added.map((x) => x.code)).toEqual([a, b, c]);
  });
  it('ignores codes already collected', () => {
    const r = collectCodes(`${a}\n${b}`, FIVE, new Set([a]));
    expect([r.valid, r.duplicates]).toEqual([1, 1]);
  });
  it('writes answers in the shape the survey view reads', () => {
    const r = collectCodes(chat, FIVE, new Set());
    const csv = responsesCsv(FIVE, r.added, enKano.answers);
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows[0]).toEqual([
      'Respondent',
      'Skip a week (functional)',
      'Skip a week (dysfunctional)',
      ...(rows[0]?.slice(3) ?? []),
    ]);
    expect(rows[1]?.slice(1, 3)).toEqual(['I like it', 'I dislike it']);
    const survey = parseSurvey(csv, RECOGNITION);
    // Two respondents answered (the third skipped all); like×dislike is O, expect×dislike is M.
    expect(survey.respondents).toBe(2);
    expect(survey.features).toHaveLength(5);
    expect(survey.features[0]?.counts.O).toBe(1);
    expect(survey.features[0]?.counts.M).toBe(1);
  });
  it('is read back by the survey view without a single problem reported', () => {
    // The respondents who answered (the third skipped every feature: its row is rightly named as not counted).
    const answered = collectCodes(chat, FIVE, new Set()).added.filter((r) => r.answers.some((p) => p !== null));
    expect(answered).toHaveLength(2);
    for (const words of [enKano.answers, deKano.answers]) {
      const survey = parseSurvey(responsesCsv(FIVE, answered, words), RECOGNITION);
      expect(survey.issues).toEqual([]);
      expect(survey.issueCount).toBe(0);
      expect(survey.respondents).toBe(2);
    }
  });
  it('still names any other column it does not read, beside the respondent column', () => {
    const csv = 'respondent ,Comment,A (functional),A (dysfunctional)\r\nK1-X,fine,I like it,I dislike it\r\n';
    const survey = parseSurvey(csv, RECOGNITION);
    expect(survey.issues).toEqual([{ code: 'ignored-column', severity: 'note', row: 1, column: 1, header: 'Comment' }]);
    expect(survey.features[0]?.counts.O).toBe(1);
  });
  it('writes German answer words, which the survey view reads alike', () => {
    const r = collectCodes(chat, FIVE, new Set());
    const csv = responsesCsv(FIVE, r.added, deKano.answers);
    expect(Papa.parse<string[]>(csv.trim()).data[1]?.slice(1, 3)).toEqual([
      deKano.answers.like,
      deKano.answers.dislike,
    ]);
    const survey = parseSurvey(csv, RECOGNITION);
    expect(survey.features).toEqual(parseSurvey(responsesCsv(FIVE, r.added, enKano.answers), RECOGNITION).features);
  });
});
