import { digitValue } from './base32';
import { FINGERPRINT_LENGTH, fingerprint } from './fingerprint';
import type { Questionnaire } from './model';
import { type AnswerPair, CODE_ANSWERS, CODE_PREFIX, checksum, SKIPPED } from './response';

// Reading codes apart from writing them: the answering page writes one and never reads any, so it does not
// download this.

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
