/**
 * A survey run with the handbook's own words must read back: every answer wording any language's
 * tables show readers (the classifier's answers, the answering page's four answer sets) is recognised
 * by the CSV reader as the answer it stands for. Languages are found from the folders.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSWERS, parseAnswer } from '../../src/lib/kano/answers';

const i18n = join(import.meta.dirname, '..', '..', 'src', 'i18n');
const langs = readdirSync(i18n, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe.each(langs)('%s wordings', async (lang) => {
  const { kanoText } = await import(`../../src/i18n/${lang}/kano.ts`);
  const { answerText } = await import(`../../src/i18n/${lang}/answer.ts`);
  const sets: Record<string, { answers: Record<string, string> }> = answerText.answerSets;
  const cases = [
    ...ANSWERS.map((a) => ({ where: 'classifier', answer: a, text: String(kanoText.answers[a]) })),
    ...Object.entries(sets).flatMap(([id, set]) =>
      ANSWERS.map((a) => ({ where: id, answer: a, text: String(set.answers[a]) })),
    ),
  ];

  it.each(cases)('$where: “$text” reads as $answer', ({ answer, text }) => {
    expect(parseAnswer(text)).toBe(answer);
    // As a spreadsheet may hand it over: upper case, extra spaces, straight quotes.
    expect(parseAnswer(`  ${text.toUpperCase().replace(/[’‘]/g, "'")} `)).toBe(answer);
  });
});
