import * as z from 'zod/mini';
import { guardedParse } from '../profile/json-guard';
import type { StoreFormat } from '../state/format';
import type { ReviewCard } from './schedule';

// No generated code: the strict CSP reports zod's `new Function` probe (as in src/lib/profile/schema.ts).
z.config({ jitless: true });

/** The value of the saved text's "format" field. */
export const LEARN_FORMAT = 'cx-spectrum-learn';
/** The version of the saved cards this page writes. */
export const LEARN_VERSION = 1;
/** At most this many cards are kept (the book has far fewer questions; the rest is room for new ones). */
export const MAX_CARDS = 500;
/** Saved text longer than this is not written (`writeKey`'s own limit): about 300 bytes a card. */
export const MAX_LEARN_CHARS = 200_000;

/** The reader's review cards, by question id. */
export interface LearnState {
  cards: Record<string, ReviewCard>;
}

/** No cards yet. */
export function emptyLearn(): LearnState {
  return { cards: {} };
}

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;
const date = z.string().check(z.regex(ISO), z.describe('A moment, ISO 8601 in UTC'));
const count = z.int().check(z.minimum(0), z.maximum(100_000));

const cardSchema = z
  .strictObject({
    due: date.check(z.describe('When the card is next due')),
    stability: z.number().check(z.minimum(0), z.describe('FSRS stability, in days')),
    difficulty: z.number().check(z.minimum(0), z.maximum(10), z.describe('FSRS difficulty, 1 to 10')),
    scheduledDays: count.check(z.describe('Days between the last answer and the due date')),
    learningSteps: count.check(z.describe('FSRS learning step')),
    reps: count.check(z.describe('How often the card was answered')),
    lapses: count.check(z.describe('How often it was forgotten after being known')),
    state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]).check(z.describe('FSRS state')),
    last: date.check(z.describe('When it was last answered')),
    right: z.boolean().check(z.describe('Whether the last answer was right at the first try')),
  })
  .check(z.describe('One review card'));

const ID = /^[a-z0-9-]{1,40}$/;

/** Review cards by question id: what the saved text and a profile file (version 3) hold. */
export const cardsSchema = z.record(z.string().check(z.regex(ID)), cardSchema).check(
  z.refine((r) => Object.keys(r).length <= MAX_CARDS, { message: 'too many cards' }),
  z.describe('Cards by question id'),
);

/** The saved text's schema: format, version and the cards by question id. */
export const learnSchema = z
  .strictObject({
    format: z.literal(LEARN_FORMAT),
    version: z.literal(LEARN_VERSION),
    cards: cardsSchema,
  })
  .check(z.describe('The review cards kept in this browser'));

/** The cards as saved text: indented JSON with the cards in id order, or null when there are none. */
export function writeLearn(state: LearnState): string | null {
  const ids = Object.keys(state.cards).sort();
  if (ids.length === 0) return null;
  const cards = Object.fromEntries(ids.map((id) => [id, state.cards[id]]));
  return `${JSON.stringify({ format: LEARN_FORMAT, version: LEARN_VERSION, cards }, null, 1)}\n`;
}

/**
 * How the review cards are kept in the browser: cx-spectrum:learn:v1. Text that does not pass the
 * schema is refused, never repaired, so a page never writes over cards it could not read.
 */
export const learnFormat: StoreFormat<LearnState> = {
  name: 'learn',
  version: LEARN_VERSION,
  defaults: emptyLearn,
  read: (raw) => {
    const parsed = guardedParse(raw);
    if (!parsed.ok) return { ok: false, problems: [{ code: 'not-json' }] };
    const result = learnSchema.safeParse(parsed.value);
    if (!result.success) return { ok: false, problems: [{ code: 'schema' }] };
    return { ok: true, value: { cards: result.data.cards }, notices: [] };
  },
  write: writeLearn,
};

/** The state with one card put in (answered) or replaced. */
export function withCard(state: LearnState, id: string, card: ReviewCard): LearnState {
  return { cards: { ...state.cards, [id]: card } };
}

/**
 * Cards from two places (this browser and an imported file) as one set: for a question in both, the
 * card answered later is kept; at the limit, the cards answered latest.
 */
export function mergeCards(
  a: Readonly<Record<string, ReviewCard>>,
  b: Readonly<Record<string, ReviewCard>>,
): Record<string, ReviewCard> {
  const out: Record<string, ReviewCard> = { ...a };
  for (const [id, card] of Object.entries(b)) {
    const mine = out[id];
    if (!mine || Date.parse(card.last) > Date.parse(mine.last)) out[id] = card;
  }
  const ids = Object.keys(out);
  if (ids.length <= MAX_CARDS) return out;
  const kept = ids.sort((x, y) => Date.parse(out[y]?.last ?? '') - Date.parse(out[x]?.last ?? '')).slice(0, MAX_CARDS);
  return Object.fromEntries(kept.map((id) => [id, out[id] as ReviewCard]));
}
