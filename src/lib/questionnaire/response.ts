import type { Answer } from '../kano/answer-codes';
import { ALPHABET, digitValue, toBase32 } from './base32';
import { fingerprint } from './fingerprint';
import type { Questionnaire } from './model';

/** The answers in the order the code counts them; fixed forever for version 1 codes. */
export const CODE_ANSWERS: readonly Answer[] = ['like', 'expect', 'neutral', 'tolerate', 'dislike'];

/** One feature's answer pair, or null when the respondent skipped the feature. */
export type AnswerPair = { functional: Answer; dysfunctional: Answer } | null;

/** The version written into new codes, as the two characters that start them. */
export const CODE_PREFIX = 'K1';

/** The digit of a skipped feature. */
export const SKIPPED = 25;
const CHECK_MOD = 1021;

/** Weighted sum of character values modulo a prime: any one changed character changes it. */
export function checksum(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) sum = (sum + (i + 1) * digitValue(body[i] ?? '0')) % CHECK_MOD;
  return toBase32(sum, 2);
}

function pairDigit(pair: AnswerPair): string {
  if (pair === null) return ALPHABET[SKIPPED] ?? '';
  return ALPHABET[CODE_ANSWERS.indexOf(pair.functional) * 5 + CODE_ANSWERS.indexOf(pair.dysfunctional)] ?? '';
}

/** The response code for one respondent's answers (one pair or null per feature, in order). */
export function encodeResponse(q: Questionnaire, answers: readonly AnswerPair[]): string {
  const digits = q.features.map((_, i) => pairDigit(answers[i] ?? null)).join('');
  const fp = fingerprint(q);
  const body = `${CODE_PREFIX}${fp}${digits}`;
  return `${CODE_PREFIX}-${fp}-${digits}-${checksum(body)}`;
}
