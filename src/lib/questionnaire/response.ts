import type { Answer } from '../kano/answer-codes';
import { ALPHABET, digitValue, toBase32 } from './base32';
import { FINGERPRINT_LENGTH, fingerprint } from './fingerprint';
import type { Questionnaire } from './model';

/** The answers in the order the code counts them; fixed forever for version 1 codes. */
export const CODE_ANSWERS: readonly Answer[] = ['like', 'expect', 'neutral', 'tolerate', 'dislike'];

/** One feature's answer pair, or null when the respondent skipped the feature. */
export type AnswerPair = { functional: Answer; dysfunctional: Answer } | null;

/** The version written into new codes, as the two characters that start them. */
export const CODE_PREFIX = 'K1';

const SKIPPED = 25;
const CHECK_MOD = 1021;

/** Why a response code was refused; the i18n layer turns each into a sentence. */
export type CodeProblem =
  | 'not-a-code'
  | 'unknown-version'
  | 'bad-character'
  | 'bad-checksum'
  | 'other-questionnaire'
  | 'wrong-length';

/** What decoding a code gives: the answers, or the reason it was refused. */
export type DecodedCode = { ok: true; code: string; answers: AnswerPair[] } | { ok: false; problem: CodeProblem };

/** A code as written in text: two-character version, fingerprint, answers, two check characters. */
export const CODE_SHAPE = /^([0-9A-Z]{2})-([0-9A-Z]{4})-([0-9A-Z]{1,20})-([0-9A-Z]{2})$/;

/** Weighted sum of character values modulo a prime: any one changed character changes it. */
function checksum(body: string): string {
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

/** Upper case, outer spaces gone: the form codes are compared in. */
export function normaliseCode(raw: string): string {
  return raw.trim().toUpperCase();
}

/** Reads a response code against a questionnaire; never throws. */
export function decodeResponse(q: Questionnaire, raw: string): DecodedCode {
  const code = normaliseCode(raw);
  const m = CODE_SHAPE.exec(code);
  if (!m) return { ok: false, problem: 'not-a-code' };
  const [, version = '', fp = '', digits = '', check = ''] = m;
  if (version !== CODE_PREFIX)
    return { ok: false, problem: version.startsWith('K') ? 'unknown-version' : 'not-a-code' };
  if ([...`${fp}${digits}${check}`].some((c) => digitValue(c) < 0)) return { ok: false, problem: 'bad-character' };
  if (checksum(`${version}${fp}${digits}`) !== check) return { ok: false, problem: 'bad-checksum' };
  if (fp !== fingerprint(q) || fp.length !== FINGERPRINT_LENGTH) return { ok: false, problem: 'other-questionnaire' };
  if (digits.length !== q.features.length) return { ok: false, problem: 'wrong-length' };
  const answers: AnswerPair[] = [];
  for (const c of digits) {
    const v = digitValue(c);
    if (v === SKIPPED) answers.push(null);
    else if (v >= 0 && v < SKIPPED) {
      const functional = CODE_ANSWERS[Math.floor(v / 5)];
      const dysfunctional = CODE_ANSWERS[v % 5];
      if (!functional || !dysfunctional) return { ok: false, problem: 'bad-character' };
      answers.push({ functional, dysfunctional });
    } else return { ok: false, problem: 'bad-character' };
  }
  return { ok: true, code, answers };
}
