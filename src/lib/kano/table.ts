import { ANSWERS, type Answer } from './answers';

/** Kano categories: attractive, one-dimensional, must-be, indifferent, reverse, questionable. */
export const CATEGORIES = ['A', 'O', 'M', 'I', 'R', 'Q'] as const;

/** One Kano category letter. */
export type Category = (typeof CATEGORIES)[number];

/** The evaluation tables offered: Berger et al.'s standard one, and the modified one they attribute to Pouliot. */
export const TABLE_VARIANTS = ['standard', 'pouliot'] as const;

/** Which evaluation table to classify with. */
export type TableVariant = (typeof TABLE_VARIANTS)[number];

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

/**
 * The modified table Berger et al. (1993) attribute to Pouliot: the same answer to both questions
 * is questionable unless it is "neutral", so expect/expect and tolerate/tolerate become Q.
 */
export const POULIOT_TABLE: readonly (readonly Category[])[] = [
  ['Q', 'A', 'A', 'A', 'O'],
  ['R', 'Q', 'I', 'I', 'M'],
  ['R', 'I', 'I', 'I', 'M'],
  ['R', 'I', 'I', 'Q', 'M'],
  ['R', 'R', 'R', 'R', 'Q'],
];

/** The table of each variant. */
export const TABLES: Record<TableVariant, readonly (readonly Category[])[]> = {
  standard: EVALUATION_TABLE,
  pouliot: POULIOT_TABLE,
};

/** Row or column position of an answer in the evaluation table (0 to 4). */
export function answerIndex(answer: Answer): number {
  return ANSWERS.indexOf(answer);
}

/** The category of one functional/dysfunctional answer pair, read from the chosen evaluation table. */
export function classifyPair(functional: Answer, dysfunctional: Answer, variant: TableVariant = 'standard'): Category {
  return TABLES[variant][answerIndex(functional)]?.[answerIndex(dysfunctional)] ?? 'Q';
}

/** The standard category lookup as a flat array indexed by functional * 5 + dysfunctional, for hot loops. */
export const FLAT_TABLE: readonly Category[] = EVALUATION_TABLE.flat();

/** Category indexes (into CATEGORIES) of a table, flat by functional * 5 + dysfunctional, for hot loops. */
export function flatCategoryIndex(variant: TableVariant): Int8Array {
  return Int8Array.from(TABLES[variant].flat().map((c) => CATEGORIES.indexOf(c)));
}
