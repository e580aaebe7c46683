/**
 * What a tool's compact live summary says, as data: the key result in a few values, which the
 * strings in src/i18n/en/live-summary.ts turn into words.
 */
import type { Answer } from './kano/answers';
import { type Category, classifyPair } from './kano/table';
import { readProfile } from './quiz/profile';
import { type Answers, answeredCount, completeProfile } from './quiz/scoring';
import { type Source, STATEMENTS } from './quiz/statements';

/** The quiz's key result: its leading source(s) and their score, or how far the reader has got. */
export type QuizKey =
  | { kind: 'leading'; sources: Source[]; score: number }
  | { kind: 'pending'; answered: number; total: number };

/** The quiz's leading source once a profile can be drawn; until then, answers given of all. */
export function quizKey(answers: Answers): QuizKey {
  const profile = completeProfile(answers);
  if (!profile) return { kind: 'pending', answered: answeredCount(answers), total: STATEMENTS.length };
  const { strongest } = readProfile(profile);
  const score = Math.max(...strongest.map((s) => profile[s]));
  return { kind: 'leading', sources: strongest, score };
}

/** The Kano tool's key result: the one pair's category, nothing yet, or a survey (summarised in its own view). */
export type KanoKey = { kind: 'verdict'; category: Category } | { kind: 'pending' } | { kind: 'survey' };

/** The verdict for the single answer pair, once both answers are given. */
export function kanoKey(mode: 'single' | 'survey', functional: Answer | '', dysfunctional: Answer | ''): KanoKey {
  if (mode === 'survey') return { kind: 'survey' };
  if (functional === '' || dysfunctional === '') return { kind: 'pending' };
  return { kind: 'verdict', category: classifyPair(functional, dysfunctional) };
}
