import { defaultState } from '../anxiety/state';
import type { Answer } from '../kano/answer-codes';
import type { CategoryCounts } from '../kano/counts';
import type { Category } from '../kano/table';
import { pointSpan } from '../spectrum/offering';
import type { RegionId } from '../spectrum/regions';
import type { ToolId, ToolStates } from '../tools';

/**
 * How a question's answer is worked with the handbook's own models (src/lib), never with a copy of a
 * formula: a unit test recomputes every stored answer through them.
 */
export type Verify =
  /** The Kano category of one functional/dysfunctional answer pair (the evaluation table). */
  | { model: 'kano-pair'; functional: Answer; dysfunctional: Answer }
  /** The region of the spectrum grid a point falls in. */
  | { model: 'region'; frequency: number; complexity: number }
  /** Whether an offering covers one region of the grid ("one") or several ("several"). */
  | { model: 'regions-reached'; frequency: readonly [number, number]; complexity: readonly [number, number] }
  /** How the anxiety index moves when the calculator's starting case waits `to` instead of its own gap. */
  | { model: 'anxiety-gap'; to: number }
  /** The Better coefficient of a feature's category counts. */
  | { model: 'better'; counts: CategoryCounts }
  /** The Worse coefficient of a feature's category counts. */
  | { model: 'worse'; counts: CategoryCounts };

/** Fields every question has: its id, the chapter it sits in, and whether it opens a tool afterwards. */
interface QuestionBase {
  id: string;
  /** The chapter id (src/content/chapters/<id>.mdx) whose text the question tests. */
  chapter: string;
  /** True when the reader predicts first and then opens the tool with the case filled in. */
  predict?: boolean;
  verify?: Verify;
}

/** A choice question: exactly one right choice; the words of each choice and its feedback are in i18n. */
export interface ChoiceQuestion extends QuestionBase {
  kind: 'choice';
  /** The number of choices (the i18n table has as many, each with feedback). */
  choices: number;
  /** The index of the right choice. */
  right: number;
  /** What each choice stands for when a model checks it (a Kano category, a region id, a direction). */
  values?: readonly string[];
}

/** A numeric question: the answer as the model gives it, rounded to `digits` decimals. */
export interface NumberQuestion extends QuestionBase {
  kind: 'number';
  answer: number;
  digits: number;
  verify: Verify;
}

/** One question of the book. */
export type Question = ChoiceQuestion | NumberQuestion;

const counts = (A: number, O: number, M: number, I: number, R = 0, Q = 0): CategoryCounts => ({ A, O, M, I, R, Q });

const KANO_VALUES: readonly Category[] = ['A', 'O', 'M', 'I'];
const MOVES = ['falls', 'rises', 'same'] as const;
const GRID_VALUES: readonly RegionId[] = ['rare-complex', 'frequent-simple', 'occasional-involved'];

/** Every question, in reading order within each chapter; the words are in src/i18n/<lang>/questions.ts. */
export const QUESTIONS: readonly Question[] = [
  // Beyond attention
  { id: 'ba-attention', chapter: 'beyond-attention', kind: 'choice', choices: 3, right: 0 },
  { id: 'ba-four-parts', chapter: 'beyond-attention', kind: 'choice', choices: 4, right: 2 },
  { id: 'ba-moment', chapter: 'beyond-attention', kind: 'choice', choices: 3, right: 1 },
  { id: 'ba-lead-ins', chapter: 'beyond-attention', kind: 'choice', choices: 3, right: 0 },
  // The spectrum
  { id: 'sp-axes', chapter: 'spectrum', kind: 'choice', choices: 3, right: 0 },
  { id: 'sp-handbag', chapter: 'spectrum', kind: 'choice', choices: 3, right: 1 },
  { id: 'sp-span', chapter: 'spectrum', kind: 'choice', choices: 3, right: 0 },
  {
    id: 'sp-mortgage',
    chapter: 'spectrum',
    kind: 'choice',
    choices: 3,
    right: 0,
    values: GRID_VALUES,
    predict: true,
    verify: { model: 'region', frequency: 1, complexity: 8.5 },
  },
  { id: 'sp-visible', chapter: 'spectrum', kind: 'choice', choices: 3, right: 0 },
  // Four sources of value
  { id: 'fs-opportunity', chapter: 'four-sources-of-value', kind: 'choice', choices: 3, right: 0 },
  { id: 'fs-frequent', chapter: 'four-sources-of-value', kind: 'choice', choices: 3, right: 1 },
  {
    id: 'fs-pair-neutral',
    chapter: 'four-sources-of-value',
    kind: 'choice',
    choices: 4,
    right: 0,
    values: KANO_VALUES,
    predict: true,
    verify: { model: 'kano-pair', functional: 'like', dysfunctional: 'neutral' },
  },
  {
    id: 'fs-pair-dislike',
    chapter: 'four-sources-of-value',
    kind: 'choice',
    choices: 4,
    right: 1,
    values: KANO_VALUES,
    verify: { model: 'kano-pair', functional: 'like', dysfunctional: 'dislike' },
  },
  {
    id: 'fs-better',
    chapter: 'four-sources-of-value',
    kind: 'number',
    answer: 0.6,
    digits: 2,
    verify: { model: 'better', counts: counts(4, 2, 3, 1, 0, 2) },
  },
  {
    id: 'fs-worse',
    chapter: 'four-sources-of-value',
    kind: 'number',
    answer: -0.5,
    digits: 2,
    verify: { model: 'worse', counts: counts(4, 2, 3, 1, 0, 2) },
  },
  // The anxiety gap
  { id: 'ag-where', chapter: 'anxiety-gap', kind: 'choice', choices: 3, right: 0 },
  { id: 'ag-dimensions', chapter: 'anxiety-gap', kind: 'choice', choices: 3, right: 1 },
  {
    id: 'ag-shorter',
    chapter: 'anxiety-gap',
    kind: 'choice',
    choices: 3,
    right: 0,
    values: MOVES,
    predict: true,
    verify: { model: 'anxiety-gap', to: 4 },
  },
  { id: 'ag-index', chapter: 'anxiety-gap', kind: 'choice', choices: 3, right: 1 },
  { id: 'ag-churn', chapter: 'anxiety-gap', kind: 'choice', choices: 3, right: 2 },
  // From broadcast to dialogue
  { id: 'bd-measure', chapter: 'broadcast-to-dialogue', kind: 'choice', choices: 3, right: 0 },
  { id: 'bd-permission', chapter: 'broadcast-to-dialogue', kind: 'choice', choices: 3, right: 2 },
  { id: 'bd-inbound', chapter: 'broadcast-to-dialogue', kind: 'choice', choices: 3, right: 1 },
  { id: 'bd-steps', chapter: 'broadcast-to-dialogue', kind: 'choice', choices: 3, right: 0 },
  // Who should own social media
  { id: 'wo-experts', chapter: 'who-owns-social-media', kind: 'choice', choices: 3, right: 0 },
  { id: 'wo-owner', chapter: 'who-owns-social-media', kind: 'choice', choices: 3, right: 1 },
  { id: 'wo-roles', chapter: 'who-owns-social-media', kind: 'choice', choices: 3, right: 2 },
  { id: 'wo-map', chapter: 'who-owns-social-media', kind: 'choice', choices: 3, right: 0 },
  // Where to start
  { id: 'ws-first', chapter: 'where-to-start', kind: 'choice', choices: 3, right: 0 },
  { id: 'ws-early', chapter: 'where-to-start', kind: 'choice', choices: 3, right: 2 },
  { id: 'ws-last', chapter: 'where-to-start', kind: 'choice', choices: 3, right: 1 },
  { id: 'ws-objectives', chapter: 'where-to-start', kind: 'choice', choices: 3, right: 0 },
  // Putting it together
  { id: 'pt-segment', chapter: 'putting-it-together', kind: 'choice', choices: 3, right: 0 },
  {
    id: 'pt-solar',
    chapter: 'putting-it-together',
    kind: 'choice',
    choices: 2,
    right: 1,
    values: ['one', 'several'],
    predict: true,
    verify: { model: 'regions-reached', frequency: [1, 8], complexity: [7, 7] },
  },
  {
    id: 'pt-cleaning',
    chapter: 'putting-it-together',
    kind: 'number',
    answer: 0.42,
    digits: 2,
    verify: { model: 'better', counts: counts(2, 3, 1, 6) },
  },
  { id: 'pt-index', chapter: 'putting-it-together', kind: 'choice', choices: 3, right: 2 },
];

/** The question with this id, or undefined. */
export function questionById(id: string): Question | undefined {
  return QUESTIONS.find((q) => q.id === id);
}

/** The questions of one chapter, in reading order. */
export function questionsOf(chapter: string): Question[] {
  return QUESTIONS.filter((q) => q.chapter === chapter);
}

/** How many questions each chapter has, by chapter id. */
export function questionCounts(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const q of QUESTIONS) out[q.chapter] = (out[q.chapter] ?? 0) + 1;
  return out;
}

/** A tool and its state: the case a predict-first question opens. */
export type ToolCase = { [K in ToolId]: { tool: K; state: ToolStates[K] } }[ToolId];

/**
 * The case a question opens in its tool, built from what the question verifies; `name` labels the
 * offering or feature in the reader's language. Undefined for a question that opens no tool.
 */
export function toolCase(q: Question, name: string): ToolCase | undefined {
  const v = q.verify;
  if (v === undefined) return undefined;
  switch (v.model) {
    case 'kano-pair':
      return {
        tool: 'kano',
        state: { mode: 'single', feature: name, functional: v.functional, dysfunctional: v.dysfunctional },
      };
    case 'region':
      return {
        tool: 'spectrum-grid',
        state: {
          offerings: [{ name, frequency: pointSpan(v.frequency), complexity: pointSpan(v.complexity) }],
          selected: 0,
          showReferences: true,
        },
      };
    case 'regions-reached':
      return {
        tool: 'spectrum-grid',
        state: {
          offerings: [
            {
              name,
              frequency: { from: v.frequency[0], to: v.frequency[1] },
              complexity: { from: v.complexity[0], to: v.complexity[1] },
            },
          ],
          selected: 0,
          showReferences: true,
        },
      };
    case 'anxiety-gap': {
      const state = defaultState();
      return { tool: 'anxiety-gap', state: { ...state, changed: { ...state.today, gap: v.to } } };
    }
    default:
      return undefined;
  }
}
