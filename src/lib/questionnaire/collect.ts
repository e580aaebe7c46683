import type { Questionnaire } from './model';
import { type CodeProblem, decodeResponse } from './read-code';
import type { AnswerPair } from './response';

/** Pasted text longer than this is refused before it is searched (about 2 MB). */
export const MAX_PASTE = 2_000_000;
/** At most this many respondents are kept. */
export const MAX_RESPONDENTS = 2000;

/** One respondent's answers, as read from a valid code. */
export interface Respondent {
  code: string;
  answers: AnswerPair[];
}

/** A code found in the text and refused, with the reason. */
export interface Rejected {
  /** The code as found, untrusted: render as text only. */
  code: string;
  problem: CodeProblem;
}

/** What one paste added: the new respondents, and counts of every code found. */
export interface Collected {
  added: Respondent[];
  found: number;
  valid: number;
  duplicates: number;
  rejected: Rejected[];
  /** True when the text was over MAX_PASTE and not searched. */
  tooLong: boolean;
  /** Valid codes not kept because MAX_RESPONDENTS was reached. */
  overLimit: number;
}

/**
 * Anything shaped like a code, wherever it sits in a line: two characters, four, one to twenty, two,
 * joined by hyphens, not glued to other letters or digits. Loose on purpose, so a code with a typo is
 * found and refused with its reason instead of passing unseen.
 */
const CANDIDATE = /(?<![0-9A-Za-z-])[0-9A-Za-z]{2}-[0-9A-Za-z]{4}-[0-9A-Za-z]{1,20}-[0-9A-Za-z]{2}(?![0-9A-Za-z-])/g;

/** Every code-shaped piece of a text, in order. */
export function findCodes(text: string): string[] {
  return text.length > MAX_PASTE ? [] : [...text.matchAll(CANDIDATE)].map((m) => m[0]);
}

/**
 * Reads every code in a pasted text against a questionnaire. `known` holds the codes already
 * collected: those, and repeats within the text, count as duplicates and are not added again.
 */
export function collectCodes(text: string, q: Questionnaire, known: ReadonlySet<string>): Collected {
  const out: Collected = {
    added: [],
    found: 0,
    valid: 0,
    duplicates: 0,
    rejected: [],
    tooLong: text.length > MAX_PASTE,
    overLimit: 0,
  };
  const seen = new Set(known);
  for (const raw of findCodes(text)) {
    out.found += 1;
    const decoded = decodeResponse(q, raw);
    if (!decoded.ok) {
      out.rejected.push({ code: raw, problem: decoded.problem });
      continue;
    }
    if (seen.has(decoded.code)) {
      out.duplicates += 1;
      continue;
    }
    seen.add(decoded.code);
    if (seen.size > MAX_RESPONDENTS) {
      out.overLimit += 1;
      continue;
    }
    out.valid += 1;
    out.added.push({ code: decoded.code, answers: decoded.answers });
  }
  return out;
}
