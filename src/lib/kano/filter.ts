import type { Responses } from './responses';
import { CATEGORIES } from './table';

/** The reader's limits: leave out a respondent with more than this many Q (or I) answer pairs; undefined: no limit. */
export interface RespondentLimits {
  maxQuestionable?: number | undefined;
  maxIndifferent?: number | undefined;
}

/** Who stays in the analysis, and how many were left out for which reason. */
export interface FilterOutcome {
  /** Indices of the respondents kept, in order. */
  kept: number[];
  /** Respondents before filtering. */
  before: number;
  /** Respondents left out (each counted once, whatever the reasons). */
  leftOut: number;
  /** Left out for more than maxQuestionable questionable pairs. */
  tooManyQuestionable: number;
  /** Left out for more than maxIndifferent indifferent pairs. */
  tooManyIndifferent: number;
  /** The limits applied. */
  limits: RespondentLimits;
}

const Q = CATEGORIES.indexOf('Q');
const I = CATEGORIES.indexOf('I');

/** True when the limits leave anyone out at all (a limit is set). */
export function filtering(limits: RespondentLimits): boolean {
  return limits.maxQuestionable !== undefined || limits.maxIndifferent !== undefined;
}

/**
 * Leaves out respondents with more than `maxQuestionable` questionable or more than `maxIndifferent`
 * indifferent answer pairs across all features (as stp25's rm_Q and rm_I do); `table` maps
 * functional × 5 + dysfunctional answer to a category index. No limit set: everyone is kept.
 */
export function filterRespondents(r: Responses, table: Int8Array, limits: RespondentLimits): FilterOutcome {
  const all = Array.from({ length: r.respondents }, (_, i) => i);
  const none = { before: r.respondents, leftOut: 0, tooManyQuestionable: 0, tooManyIndifferent: 0, limits };
  if (!filtering(limits)) return { kept: all, ...none };
  const maxQ = limits.maxQuestionable ?? Number.POSITIVE_INFINITY;
  const maxI = limits.maxIndifferent ?? Number.POSITIVE_INFINITY;
  const nf = r.features.length;
  const kept: number[] = [];
  let tooManyQuestionable = 0;
  let tooManyIndifferent = 0;
  for (const i of all) {
    let q = 0;
    let ind = 0;
    for (let j = 0; j < nf; j += 1) {
      const f = r.functional[i * nf + j] ?? -1;
      const d = r.dysfunctional[i * nf + j] ?? -1;
      if (f < 0 || d < 0) continue;
      const c = table[f * 5 + d];
      if (c === Q) q += 1;
      else if (c === I) ind += 1;
    }
    const outQ = q > maxQ;
    const outI = ind > maxI;
    if (outQ) tooManyQuestionable += 1;
    if (outI) tooManyIndifferent += 1;
    if (!outQ && !outI) kept.push(i);
  }
  return { ...none, kept, leftOut: r.respondents - kept.length, tooManyQuestionable, tooManyIndifferent };
}

/** Reads a typed limit: a whole number 0 or more, undefined when empty (no limit), null when not a valid limit. */
export function readLimit(text: string): number | undefined | null {
  const v = text.trim();
  if (v === '') return undefined;
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 ? n : null;
}
