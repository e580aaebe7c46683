/**
 * The review cards in this browser's storage (cx-spectrum:learn:v1). Every change is made to what
 * storage holds at that moment, so a card another tab saved is never written over; text that cannot
 * be read is left as it is and reported.
 */
import { emptyLearn, type LearnState, learnFormat, MAX_LEARN_CHARS } from '../../lib/learn/store';
import { type KeyValueStore, readKey, storageKey, type WriteResult, writeKey } from '../../lib/state/storage';

/** The key the cards are kept under. */
export const LEARN_KEY = storageKey(learnFormat.name, learnFormat.version);
/** The event a page is sent when this page changed the cards (other tabs hear a "storage" event). */
export const CHANGED = 'cx-learn-changed';

/** How a change of the cards went: a write's result, or saved text this page could not read. */
export type CardsResult = WriteResult | 'unreadable';

function browserStore(): KeyValueStore | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** What storage holds: the cards, or that they cannot be read, or that storage cannot be used. */
export type CardsRead = { ok: true; state: LearnState } | { ok: false; reason: 'unreadable' | 'blocked' };

/** Reads the cards as storage holds them now. */
export function readCards(): CardsRead {
  const read = readKey(browserStore(), LEARN_KEY);
  if (!read.ok) return { ok: false, reason: 'blocked' };
  if (read.raw === null) return { ok: true, state: emptyLearn() };
  const value = learnFormat.read(read.raw);
  return value.ok ? { ok: true, state: value.value } : { ok: false, reason: 'unreadable' };
}

/** Applies `change` to the cards storage holds now and writes the result; says how that went. */
export function changeCards(change: (state: LearnState) => LearnState): CardsResult {
  const current = readCards();
  if (!current.ok) return current.reason;
  const result = writeKey(browserStore(), LEARN_KEY, learnFormat.write(change(current.state)), MAX_LEARN_CHARS);
  if (result === 'saved') document.dispatchEvent(new CustomEvent(CHANGED));
  return result;
}
