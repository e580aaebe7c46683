/**
 * A survey run with the handbook's own words must read back: every answer wording any language's
 * tables show readers (the classifier's answers, which the sample survey and the questionnaire export
 * also write, and the answering page's four answer sets) is recognised by the CSV reader as the answer
 * it stands for. The reader knows every language's `kano-answers` table at once, as the pages do.
 * Languages are found from the folders.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSWERS, type AnswerWordings, answerKey, answerRecognition, parseAnswer } from '../../src/lib/kano/answers';

const i18n = join(import.meta.dirname, '..', '..', 'src', 'i18n');
const langs = readdirSync(i18n, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const tables = await Promise.all(
  langs.map(async (lang) => {
    const { kanoAnswers } = (await import(`../../src/i18n/${lang}/kano-answers.ts`)) as {
      kanoAnswers: AnswerWordings;
    };
    return [lang, kanoAnswers] as const;
  }),
);
const recognition = answerRecognition(tables.map(([, t]) => t));

describe('every language’s recognition table', () => {
  it('lists five answers per set and per short list, and no wording for two answers', () => {
    const seen = new Map<string, string>();
    for (const [lang, { sets, short }] of tables) {
      expect(short, lang).toHaveLength(ANSWERS.length);
      for (const set of sets) expect(set, `${lang}: ${set.join(' / ')}`).toHaveLength(ANSWERS.length);
      const keys = [
        ...sets.flatMap((set) => set.map((p, i) => [answerKey(p), i] as const)),
        ...short.flatMap((ks, i) => ks.map((k) => [k, i] as const)),
      ];
      for (const [k, i] of keys) {
        const answer = ANSWERS[i] ?? '';
        expect(seen.get(k) ?? answer, `${lang}: ${k}`).toBe(answer);
        seen.set(k, answer);
      }
    }
  });
  it('writes each short key as a key', () => {
    for (const [lang, { short }] of tables) for (const k of short.flat()) expect(answerKey(k), lang).toBe(k);
  });
});

describe.each(langs)('%s wordings', async (lang) => {
  const { kanoText } = await import(`../../src/i18n/${lang}/kano.ts`);
  const { answerText } = await import(`../../src/i18n/${lang}/answer.ts`);
  const sets: Record<string, Record<string, string>> = answerText.answerSets;
  const cases = [
    ...ANSWERS.map((a) => ({ where: 'classifier', answer: a, text: String(kanoText.answers[a]) })),
    ...Object.entries(sets).flatMap(([id, set]) =>
      ANSWERS.map((a) => ({ where: id, answer: a, text: String(set[a]) })),
    ),
  ];

  it.each(cases)('$where: “$text” reads as $answer', ({ answer, text }) => {
    expect(parseAnswer(text, recognition)).toBe(answer);
    // As a spreadsheet may hand it over: upper case, extra spaces, straight quotes.
    expect(parseAnswer(`  ${text.toUpperCase().replace(/[’‘]/g, "'")} `, recognition)).toBe(answer);
  });
});
