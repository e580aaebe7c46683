/** The five standard answers to a Kano question, in the order of the evaluation table. */
export const ANSWERS = ['like', 'expect', 'neutral', 'tolerate', 'dislike'] as const;

/** One standard Kano answer. */
export type Answer = (typeof ANSWERS)[number];

/** The wording a CSV template uses for each answer (also accepted on input). */
export const ANSWER_WORDS: Record<Answer, string> = {
  like: 'I like it',
  expect: 'I expect it',
  neutral: 'I am neutral',
  tolerate: 'I can tolerate it',
  dislike: 'I dislike it',
};

/** Every spelling accepted for each answer, after lower-casing and dropping punctuation and spaces. */
const SPELLINGS: Record<Answer, readonly string[]> = {
  like: ['ilikeit', 'like', 'ilike', 'likeit'],
  expect: ['iexpectit', 'expect', 'iexpect', 'expectit', 'mustbe', 'itmustbethatway'],
  neutral: ['iamneutral', 'neutral', 'imneutral', 'idontcare'],
  tolerate: ['icantolerateit', 'tolerate', 'icantolerate', 'tolerateit', 'icanlivewithit', 'livewith', 'livewithit'],
  dislike: ['idislikeit', 'dislike', 'idislike', 'dislikeit'],
};

const LOOKUP = new Map<string, Answer>(ANSWERS.flatMap((a) => SPELLINGS[a].map((s) => [s, a] as const)));

/** The key a worded answer is looked up by: lower case, letters only. */
export function answerKey(raw: string): string {
  return raw.toLowerCase().replace(/[^a-z]/g, '');
}

/** Reads an answer written as a word or phrase ("I like it", "like") or a number 1 to 5; undefined if unknown. */
export function parseAnswer(raw: string): Answer | undefined {
  const text = raw.trim();
  if (/^[1-5]$/.test(text)) return ANSWERS[Number(text) - 1];
  if (/\d/.test(text)) return undefined;
  return LOOKUP.get(answerKey(text));
}

/** True when a text is one of the answer ids ('like', 'expect', ...). */
export function isAnswer(value: string): value is Answer {
  return (ANSWERS as readonly string[]).includes(value);
}
