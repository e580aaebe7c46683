import { MAX_RESPONDENTS, type Respondent } from './collect';
import type { Questionnaire } from './model';
import { decodeResponse } from './read-code';

/** The address key that holds collected codes while this browser's storage does not keep them. */
export const CODES_KEY = 'codes';

/** The longest kept list of codes read (characters): every respondent at the longest code and its separator. */
export const MAX_KEPT_CODES = MAX_RESPONDENTS * 32;

/** Codes as kept in storage (one a line). */
export function storedCodes(respondents: readonly Respondent[]): string {
  return respondents.map((r) => r.code).join('\n');
}

/** Codes as kept in an address (joined by dots, which addresses carry as they are). */
export function addressCodes(respondents: readonly Respondent[]): string {
  return respondents.map((r) => r.code).join('.');
}

/**
 * Reads kept codes (one a line, or joined by dots) against a questionnaire: each is read again, so a
 * code that no longer fits is dropped; repeats count once; at most MAX_RESPONDENTS. Too long: nothing.
 */
export function readKeptCodes(q: Questionnaire, text: string | null | undefined): Respondent[] {
  if (text === null || text === undefined || text.length > MAX_KEPT_CODES) return [];
  return unionCodes(
    [],
    text.split(/[\n.]/).flatMap((code) => {
      const d = decodeResponse(q, code);
      return d.ok ? [{ code: d.code, answers: d.answers }] : [];
    }),
  );
}

/** The respondents of `a`, then those of `b` not in `a`, at most MAX_RESPONDENTS in all. */
export function unionCodes(a: readonly Respondent[], b: readonly Respondent[]): Respondent[] {
  const seen = new Set<string>();
  const out: Respondent[] = [];
  for (const r of [...a, ...b]) {
    if (seen.has(r.code) || out.length >= MAX_RESPONDENTS) continue;
    seen.add(r.code);
    out.push(r);
  }
  return out;
}
