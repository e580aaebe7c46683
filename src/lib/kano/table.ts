import { ANSWERS, type Answer } from './answers';

/** Kano categories: attractive, one-dimensional, must-be, indifferent, reverse, questionable. */
export const CATEGORIES = ['A', 'O', 'M', 'I', 'R', 'Q'] as const;

/** One Kano category letter. */
export type Category = (typeof CATEGORIES)[number];

/**
 * The evaluation table of Berger et al. (1993): rows are the functional answer (feature present),
 * columns the dysfunctional answer (feature absent), both in the order like, expect, neutral,
 * tolerate, dislike.
 */
export const EVALUATION_TABLE: readonly (readonly Category[])[] = [
  ['Q', 'A', 'A', 'A', 'O'],
  ['R', 'I', 'I', 'I', 'M'],
  ['R', 'I', 'I', 'I', 'M'],
  ['R', 'I', 'I', 'I', 'M'],
  ['R', 'R', 'R', 'R', 'Q'],
];

/** Row or column position of an answer in the evaluation table (0 to 4). */
export function answerIndex(answer: Answer): number {
  return ANSWERS.indexOf(answer);
}

/** The category of one functional/dysfunctional answer pair, read from the evaluation table. */
export function classifyPair(functional: Answer, dysfunctional: Answer): Category {
  return EVALUATION_TABLE[answerIndex(functional)]?.[answerIndex(dysfunctional)] ?? 'Q';
}

/** The category lookup as a flat array indexed by functional * 5 + dysfunctional, for hot loops. */
export const FLAT_TABLE: readonly Category[] = EVALUATION_TABLE.flat();
