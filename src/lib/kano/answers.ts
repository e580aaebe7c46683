import { ANSWERS, type Answer } from './answer-codes';

export { ANSWERS, type Answer, isAnswer } from './answer-codes';

/** The five words a file writes for the answers (a language's table gives them); also read back on input. */
export type AnswerWords = Readonly<Record<Answer, string>>;

/**
 * One language's answer wordings the survey reader recognises, each list running from like to dislike:
 * `sets` are whole phrases (matched whole, letters only, never by keyword, so "I dislike it, but I can
 * live with it that way" reads as live-with, not dislike); `short` are short words and other spellings,
 * already written as keys (see `answerKey`).
 */
export interface AnswerWordings {
  sets: readonly (readonly string[])[];
  short: readonly (readonly string[])[];
}

declare const recognitionBrand: unique symbol;

/** Which answer each recognised wording stands for: built by `answerRecognition`, read by `parseAnswer`. */
export type AnswerRecognition = { readonly [recognitionBrand]: true };

const FOLD: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * The key a worded answer is looked up by: lower case, letters only (quotes of any kind dropped);
 * umlauts as ae/oe/ue and ß as ss, so "stören" and "stoeren" meet; other accents dropped.
 */
export function answerKey(raw: string): string {
  return raw
    .normalize('NFC')
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => FOLD[c] ?? c)
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
}

/** The recognition of every wording in `wordings` (usually every language's), later entries winning a tie. */
export function answerRecognition(wordings: readonly AnswerWordings[]): AnswerRecognition {
  const lookup = new Map<string, Answer>();
  for (const { sets, short } of wordings) {
    for (const set of sets)
      set.forEach((phrase, i) => {
        lookup.set(answerKey(phrase), ANSWERS[i] ?? 'neutral');
      });
    short.forEach((keys, i) => {
      for (const k of keys) lookup.set(k, ANSWERS[i] ?? 'neutral');
    });
  }
  return lookup as ReadonlyMap<string, Answer> as unknown as AnswerRecognition;
}

/** An answer text made comparable: curly quotes straightened, spaces collapsed and trimmed, lower case. */
export function normalizeAnswerText(raw: string): string {
  return raw
    .replace(/[\u2018\u2019\u201B\u2032`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Reads an answer written as a number 1 to 5 or as a wording `recognition` knows; undefined if
 * unknown.
 */
export function parseAnswer(raw: string, recognition: AnswerRecognition): Answer | undefined {
  const text = raw.trim();
  if (/^[1-5]$/.test(text)) return ANSWERS[Number(text) - 1];
  if (/\d/.test(text)) return undefined;
  return (recognition as unknown as ReadonlyMap<string, Answer>).get(answerKey(text));
}
