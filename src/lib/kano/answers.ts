import { ANSWERS, type Answer } from './answer-codes';
import { GERMAN_ANSWER_SETS, GERMAN_SHORT } from './answers-de';

export { ANSWERS, type Answer, isAnswer } from './answer-codes';

/** The wording a CSV template uses for each answer (also accepted on input). */
export const ANSWER_WORDS: Record<Answer, string> = {
  like: 'I like it',
  expect: 'I expect it',
  neutral: 'I am neutral',
  tolerate: 'I can tolerate it',
  dislike: 'I dislike it',
};

/**
 * The answer sets recognised without help, each from like to dislike: the four sets of Berger et al.
 * (1993, pp. 25-27), then our own template words. Matched whole (letters only), never by keyword, so
 * "I dislike it, but I can live with it that way" reads as live-with, not dislike.
 */
export const ANSWER_SETS: readonly (readonly [string, string, string, string, string])[] = [
  ['I like it that way', 'It must be that way', 'I am neutral', 'I can live with it that way', 'I dislike it that way'],
  [
    'I enjoy it that way',
    'It is a basic necessity or I expect it that way',
    'I am neutral',
    'I dislike it, but I can live with it that way',
    'I dislike it, and I can’t accept it',
  ],
  [
    'This would be very helpful to me',
    'This is a basic requirement for me',
    'This would not affect me',
    'This would be a minor inconvenience',
    'This would be a major problem for me',
  ],
  ['I like it', 'I expect it', 'I’m neutral', 'I can tolerate it', 'I dislike it'],
];

/** Short words and other spellings accepted for each answer. */
const SHORT: Record<Answer, readonly string[]> = {
  like: ['like', 'ilike', 'likeit', 'enjoy', 'ienjoyit'],
  expect: ['expect', 'iexpect', 'expectit', 'mustbe', 'must', 'itmustbethatway', 'basicnecessity'],
  neutral: ['iamneutral', 'neutral', 'idontcare', 'indifferent'],
  tolerate: ['tolerate', 'icantolerate', 'tolerateit', 'icanlivewithit', 'livewith', 'livewithit', 'canlivewith'],
  dislike: ['dislike', 'idislike', 'dislikeit'],
};

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

const LOOKUP = new Map<string, Answer>();
for (const set of ANSWER_SETS)
  set.forEach((phrase, i) => {
    LOOKUP.set(answerKey(phrase), ANSWERS[i] ?? 'neutral');
  });
for (const a of ANSWERS) for (const s of SHORT[a]) LOOKUP.set(s, a);
for (const set of GERMAN_ANSWER_SETS)
  set.forEach((phrase, i) => {
    LOOKUP.set(answerKey(phrase), ANSWERS[i] ?? 'neutral');
  });
GERMAN_SHORT.forEach((keys, i) => {
  for (const k of keys) LOOKUP.set(k, ANSWERS[i] ?? 'neutral');
});

/** An answer text made comparable: curly quotes straightened, spaces collapsed and trimmed, lower case. */
export function normalizeAnswerText(raw: string): string {
  return raw
    .replace(/[\u2018\u2019\u201B\u2032`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Reads an answer written as a word or phrase of a known set or a number 1 to 5; undefined if unknown. */
export function parseAnswer(raw: string): Answer | undefined {
  const text = raw.trim();
  if (/^[1-5]$/.test(text)) return ANSWERS[Number(text) - 1];
  if (/\d/.test(text)) return undefined;
  return LOOKUP.get(answerKey(text));
}
