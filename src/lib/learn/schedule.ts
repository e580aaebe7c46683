import { type Card, createEmptyCard, fsrs, Rating, State } from 'ts-fsrs';

/**
 * One review card as it is kept: the Free Spaced Repetition Scheduler's card (ts-fsrs), with dates as
 * ISO text, and whether the last answer was right. Nothing here reads the clock: `now` comes in.
 */
export interface ReviewCard {
  /** When the card is next due, ISO 8601. */
  due: string;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: 0 | 1 | 2 | 3;
  /** When it was last answered, ISO 8601. */
  last: string;
  /** Whether the last answer was right at the first try. */
  right: boolean;
}

/**
 * The scheduler: default FSRS weights and retention, without fuzz (so a due date is the same for the
 * same answers) and without short learning steps (a handbook's question comes back after days, not minutes).
 */
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

function toFsrs(card: ReviewCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: 0,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as State,
    last_review: new Date(card.last),
  };
}

function stateOf(s: State): ReviewCard['state'] {
  return s === State.Learning ? 1 : s === State.Review ? 2 : s === State.Relearning ? 3 : 0;
}

/**
 * The card after one answer given at `now`: right at the first try grades "Good", anything else
 * "Again". A question answered for the first time (`card` undefined) starts as a new card.
 */
export function answerCard(card: ReviewCard | undefined, right: boolean, now: Date): ReviewCard {
  const from = card === undefined ? createEmptyCard(now) : toFsrs(card);
  const next = scheduler.next(from, now, right ? Rating.Good : Rating.Again).card;
  return {
    due: next.due.toISOString(),
    stability: next.stability,
    difficulty: next.difficulty,
    scheduledDays: next.scheduled_days,
    learningSteps: next.learning_steps,
    reps: next.reps,
    lapses: next.lapses,
    state: stateOf(next.state),
    last: now.toISOString(),
    right,
  };
}

/** True when the card is due at `now` or before. */
export function isDue(card: Pick<ReviewCard, 'due'>, now: Date): boolean {
  const due = Date.parse(card.due);
  return Number.isFinite(due) && due <= now.getTime();
}

/** The ids of the cards due at `now`, soonest due first (then by id, so the order is stable). */
export function dueIds(cards: Readonly<Record<string, Pick<ReviewCard, 'due'>>>, now: Date): string[] {
  return Object.entries(cards)
    .filter(([, c]) => isDue(c, now))
    .sort(([a, x], [b, y]) => Date.parse(x.due) - Date.parse(y.due) || a.localeCompare(b))
    .map(([id]) => id);
}

/** Whole days from `now` until the card is due (0 when due already), for "due in 3 days". */
export function daysUntilDue(card: Pick<ReviewCard, 'due'>, now: Date): number {
  const ms = Date.parse(card.due) - now.getTime();
  return ms <= 0 || !Number.isFinite(ms) ? 0 : Math.ceil(ms / 86_400_000);
}
