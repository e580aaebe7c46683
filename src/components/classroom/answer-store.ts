import { type Answer, isAnswer } from '../../lib/kano/answer-codes';
import type { AnswerPair } from '../../lib/questionnaire/response';
import { type WriteResult, writeKey } from '../../lib/state/write';
import { browserStore } from '../tools/shared/browser-store';

/** One feature's answers while the respondent is still choosing: either may be missing. */
export interface Draft {
  functional?: Answer;
  dysfunctional?: Answer;
}

/** What the answering page keeps in the browser for one questionnaire. */
export interface Kept {
  step: number;
  drafts: Draft[];
}

const key = (fp: string) => `cx-questionnaire-answers:${fp}`;

/** Reads the kept answers for a questionnaire; anything unreadable is treated as nothing kept. */
export function loadKept(fp: string, features: number): Kept | undefined {
  try {
    const raw = localStorage.getItem(key(fp));
    if (raw === null || raw.length > 10_000) return undefined;
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null) return undefined;
    const { step, drafts } = data as { step?: unknown; drafts?: unknown };
    if (typeof step !== 'number' || !Array.isArray(drafts)) return undefined;
    const read = (v: unknown) => (typeof v === 'string' && isAnswer(v) ? v : undefined);
    const clean: Draft[] = Array.from({ length: features }, (_, i) => {
      const d: unknown = drafts[i];
      if (typeof d !== 'object' || d === null) return {};
      const { functional, dysfunctional } = d as Record<string, unknown>;
      const out: Draft = {};
      const f = read(functional);
      const n = read(dysfunctional);
      if (f) out.functional = f;
      if (n) out.dysfunctional = n;
      return out;
    });
    return { step: Math.min(features, Math.max(0, Math.floor(step))), drafts: clean };
  } catch {
    return undefined;
  }
}

/** Keeps the answers in this browser and says how that went; where storage refuses they live in the page only. */
export function saveKept(fp: string, kept: Kept): WriteResult {
  return writeKey(browserStore(), key(fp), JSON.stringify(kept));
}

/** A complete pair, or null (skipped) when either answer is missing. */
export function toPair(d: Draft | undefined): AnswerPair {
  return d?.functional && d.dysfunctional ? { functional: d.functional, dysfunctional: d.dysfunctional } : null;
}
