/**
 * Revisions on saved text. Every save a page makes goes out stamped with a revision: its own id, the
 * revision it was based on (the text it merged into), and the time of the writer's newest own edit.
 * A tab that hears a save can then merge against what the writer had actually seen, not against its
 * own last write, and two tabs decide the same way which of two clashing edits is the later.
 */
export interface Revision {
  id: string;
  /** The revision this one was based on; '' when it was based on nothing saved (or on unstamped text). */
  parent: string;
  /** When the writer last edited (ms since 1970): orders clashing edits across tabs. */
  time: number;
}

/** Saved text with its revision, if it carries one (text saved before revisions carries none). */
export interface Stamped {
  rev: Revision | null;
  raw: string;
}

/** Where a stamp starts: query text never starts so (it would read as a key "_rev"), JSON never does. */
const MARK = '_rev=';
const ID = /^[a-z0-9]{1,12}$/;

/** The text to keep: the stamp, then the format's text. A query-string reader from before skips the stamp as an unknown key. */
export function stampText(rev: Revision, raw: string): string {
  return `${MARK}${rev.id}.${rev.parent === '' ? '-' : rev.parent}.${Math.max(0, Math.round(rev.time))}&${raw}`;
}

/** Splits kept text into its revision and the format's text; text without a valid stamp is returned whole. */
export function readStamp(text: string): Stamped {
  if (!text.startsWith(MARK)) return { rev: null, raw: text };
  const end = text.indexOf('&');
  if (end < 0) return { rev: null, raw: text };
  const [id = '', parent = '', time = ''] = text.slice(MARK.length, end).split('.');
  const t = Number(time);
  if (!ID.test(id) || !(parent === '-' || ID.test(parent)) || !/^\d{1,16}$/.test(time) || !Number.isFinite(t)) {
    return { rev: null, raw: text };
  }
  return { rev: { id, parent: parent === '-' ? '' : parent, time: t }, raw: text.slice(end + 1) };
}

/** The format's text of kept text (null stays null): what every reader of a saved key parses. */
export function unstamped(text: string | null): string | null {
  return text === null ? null : readStamp(text).raw;
}

/** An edit's place in time across tabs: its time, then its revision's id to break a tie the same way everywhere. */
export interface EditMark {
  time: number;
  id: string;
}

/** True when edit `a` counts as later than edit `b` (every tab decides the same for the same two). */
export function isLater(a: EditMark, b: EditMark): boolean {
  return a.time !== b.time ? a.time > b.time : a.id > b.id;
}

/** How many revisions a tab remembers the values of, to find the base of a save it had missed. */
export const KEPT_REVISIONS = 64;

/** The values of revisions a tab has seen, newest kept; a pure record, replaced on every change. */
export type RevisionLog<S> = ReadonlyMap<string, S>;

/** The log with one more revision remembered, the oldest forgotten beyond KEPT_REVISIONS. */
export function remember<S>(log: RevisionLog<S>, rev: Revision | null | undefined, value: S): RevisionLog<S> {
  if (!rev) return log;
  const next = new Map(log);
  next.delete(rev.id);
  next.set(rev.id, value);
  while (next.size > KEPT_REVISIONS) {
    const oldest = next.keys().next();
    if (oldest.done) break;
    next.delete(oldest.value);
  }
  return next;
}
