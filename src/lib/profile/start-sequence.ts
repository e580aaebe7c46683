import { ESSAY_ORDER, type SequenceFunction } from './functions';

/** The six steps of Schultze's corporate framework, in his order. */
export const STEP_IDS = ['objectives', 'assessment', 'strategy', 'execution', 'budgets', 'measure'] as const;

/** One of the six steps. */
export type StepId = (typeof STEP_IDS)[number];

/** How far a step has got. */
export const STEP_STATUSES = ['not-started', 'in-progress', 'done'] as const;

/** One of the statuses. */
export type StepStatus = (typeof STEP_STATUSES)[number];

/** Limits of the start sequence; the file schema enforces the same. */
export const START_LIMITS = { notes: 500 } as const;

/** The reader's notes and status for one step. */
export interface StartStep {
  status: StepStatus;
  notes: string;
}

/** The start sequence: the functions in the reader's order, why, and the six steps. */
export interface StartSequence {
  /** A permutation of the essay's five functions. */
  order: SequenceFunction[];
  /** Why the reader's order is what it is, in their words. */
  why: string;
  steps: Record<StepId, StartStep>;
}

/** A start sequence in the essay's order with nothing recorded. */
export function emptyStart(): StartSequence {
  return {
    order: [...ESSAY_ORDER],
    why: '',
    steps: Object.fromEntries(STEP_IDS.map((id) => [id, { status: 'not-started', notes: '' }])) as Record<
      StepId,
      StartStep
    >,
  };
}

/** Whether a list holds each of the essay's five functions exactly once. */
export function isPermutation(order: readonly string[]): boolean {
  return order.length === ESSAY_ORDER.length && ESSAY_ORDER.every((f) => order.includes(f));
}

/** Moves the function at `index` by `delta` places (−1 up, +1 down); a move past either end changes nothing. */
export function moveFunction(order: readonly SequenceFunction[], index: number, delta: number): SequenceFunction[] {
  const to = index + delta;
  const out = [...order];
  const moving = out[index];
  if (moving === undefined || to < 0 || to >= out.length || !Number.isInteger(to)) return out;
  out.splice(index, 1);
  out.splice(to, 0, moving);
  return out;
}

/** Where one function stands in the reader's order and in the essay's (1-based), and the shift between. */
export interface OrderPlace {
  id: SequenceFunction;
  position: number;
  essayPosition: number;
  /** Places earlier than the essay puts it (positive), or later (negative); 0 where they agree. */
  earlier: number;
}

/** Every function of the reader's order against the essay's order. */
export function compareWithEssay(order: readonly SequenceFunction[]): OrderPlace[] {
  return order.map((id, i) => {
    const essayPosition = ESSAY_ORDER.indexOf(id) + 1;
    return { id, position: i + 1, essayPosition, earlier: essayPosition - (i + 1) };
  });
}

/** Whether the reader's order is the essay's. */
export function isEssayOrder(order: readonly SequenceFunction[]): boolean {
  return order.length === ESSAY_ORDER.length && order.every((id, i) => ESSAY_ORDER[i] === id);
}

/** Whether anything has been recorded: a changed order, a reason, or any step's status or notes. */
export function hasStartContent(s: StartSequence): boolean {
  return (
    !isEssayOrder(s.order) ||
    s.why.trim() !== '' ||
    STEP_IDS.some((id) => s.steps[id].status !== 'not-started' || s.steps[id].notes.trim() !== '')
  );
}
