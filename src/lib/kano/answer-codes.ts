/**
 * The five Kano answers as codes, apart from the words that recognise them in survey files
 * (answers.ts), so the answering page loads the codes without the recognition tables.
 */

/** The five standard answers to a Kano question, in the order of the evaluation table. */
export const ANSWERS = ['like', 'expect', 'neutral', 'tolerate', 'dislike'] as const;

/** One standard Kano answer (like, must-be/expect, neutral, live-with/tolerate, dislike). */
export type Answer = (typeof ANSWERS)[number];

/** True when a text is one of the answer ids ('like', 'expect', ...). */
export function isAnswer(value: string): value is Answer {
  return (ANSWERS as readonly string[]).includes(value);
}
