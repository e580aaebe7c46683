import type { AddressRole } from './address';
import type { StoreFormat, StoreProblem } from './format';
import { changedPaths, type DataPath, deepEqual, type Later, merge3, within } from './merge';
import type { StateNotice } from './notice';
import { type EditMark, isLater, type Revision, type RevisionLog, readStamp, stampText } from './revision';
import type { StoredRead } from './storage';

/** What this page last knew to be saved: the format's text, the value it reads as (the base of a merge), and its revision. */
export interface Snapshot<S> {
  raw: string | null;
  value: S;
  /** The saved text's revision; absent or null for text saved before revisions (or nothing saved). */
  rev?: Revision | null;
}

/** What a tab knows besides its base when it saves or hears a save: the revisions it has seen and its own newest edit. */
export interface RevisionContext<S> {
  log: RevisionLog<S>;
  mine: EditMark;
}

/** The base to merge another tab's text against: the revision that text was based on when this tab has seen it. */
function ancestorOf<S>(base: Snapshot<S>, rev: Revision | null, ctx: RevisionContext<S> | undefined): S {
  if (!rev || !ctx) return base.value;
  if (rev.parent !== '' && ctx.log.has(rev.parent)) return ctx.log.get(rev.parent) as S;
  return base.value;
}

/** True when the kept text is other than the base: by revision when both carry one, else by text. */
function movedOn<S>(base: Snapshot<S>, stored: { rev: Revision | null; raw: string | null }): boolean {
  if (stored.rev && base.rev) return stored.rev.id !== base.rev.id || stored.raw !== base.raw;
  return stored.raw !== base.raw;
}

/** Whether the page shows the reader's own saved work or a visiting copy from a link. */
export type Mode = 'own' | 'shared';

/** How a page opens: what it shows, whose it is, and what it found in storage. */
export interface Opening<S> {
  mode: Mode;
  value: S;
  notices: StateNotice[];
  /** The reader's own saved work (or the defaults), as read. */
  base: Snapshot<S>;
  /** Saved text that could not be read cleanly: to be kept aside, never overwritten unseen. */
  unreadable: string | null;
  /** Why the saved text could not be read, for formats that refuse rather than repair. */
  problems: StoreProblem[];
  /** False when storage could not be used at all. */
  storage: boolean;
  /** True when the value is the reader's own work taken from the address, because storage did not keep it. */
  fromAddress: boolean;
}

/** The value as the format would read its own written text back (clamped, canonical). */
export function canonical<S>(format: StoreFormat<S>, value: S): S {
  const raw = format.write(value);
  if (raw === null) return format.defaults();
  const back = format.read(raw);
  return back.ok ? back.value : value;
}

/** A merged value made canonical (indexes clamped, this tab's pointers kept on their items), or ours untouched when the merge changed nothing. */
function settle<S>(format: StoreFormat<S>, merged: S, ours: S): S {
  if (deepEqual(merged, ours)) return ours;
  return canonical(format, format.follow ? format.follow(merged, ours) : merged);
}

/** Equal as saved: both write the same text. */
export function sameSaved<S>(format: StoreFormat<S>, a: S, b: S): boolean {
  return format.write(a) === format.write(b);
}

/**
 * Decides how a page opens. State in the address is a visitor: shown, never written over saved
 * work; when it says the same as the saved work the page is simply the reader's own. An address this
 * tab wrote for work storage kept is a mirror: the saved work opens. An address this tab wrote for work
 * storage did not keep is the newest copy: it opens as the reader's own, to be saved when storage lets.
 * Saved text that reads only with notices or not at all is marked to be kept aside.
 */
export function decideOpening<S>(
  format: StoreFormat<S>,
  address: { value: S; notices: StateNotice[] } | null,
  stored: StoredRead,
  role: AddressRole = 'visitor',
): Opening<S> {
  const fromUrl = role === 'mirror' ? null : address;
  const kept = stored.ok && stored.raw !== null ? readStamp(stored.raw) : null;
  const raw = kept ? kept.raw : null;
  let own = format.defaults();
  let notices: StateNotice[] = [];
  let problems: StoreProblem[] = [];
  let unreadable: string | null = null;
  if (raw !== null) {
    const read = format.read(raw);
    if (read.ok) {
      own = read.value;
      notices = read.notices;
      if (read.notices.length > 0) unreadable = raw;
    } else {
      problems = read.problems;
      unreadable = raw;
    }
  }
  const base: Snapshot<S> = { raw, value: own, rev: kept?.rev ?? null };
  if (fromUrl && !sameSaved(format, fromUrl.value, own)) {
    const unsaved = role === 'unsaved';
    return {
      mode: unsaved ? 'own' : 'shared',
      value: fromUrl.value,
      notices: fromUrl.notices,
      base,
      unreadable,
      problems,
      storage: stored.ok,
      fromAddress: unsaved,
    };
  }
  return {
    mode: 'own',
    value: own,
    notices: fromUrl?.notices ?? notices,
    base,
    unreadable,
    problems,
    storage: stored.ok,
    fromAddress: false,
  };
}

/** The outcome of bringing two versions together: the value to show, the new base, and clashes. */
export interface Reconciled<S> {
  value: S;
  base: Snapshot<S>;
  conflicts: DataPath[];
  /** Whose edit was kept where both changed the same value: 'ours' when this page's edit is the later. */
  kept: Later;
}

/** What another tab saved, taken in: also whether this page must save the result again (a clash both tabs settle alike). */
export interface Incoming<S> extends Reconciled<S> {
  rewrite: boolean;
}

/**
 * Takes in what another tab saved. Fields only the other tab changed come in, fields only this
 * page changed stay, and where both changed the same field the later edit wins. With revisions, the
 * merge is made against the revision the other tab had seen (not this page's own last save) and
 * "later" is decided by edit times, the same way in both tabs; a clash then asks for a new save,
 * so that what is kept ends up as the same text everywhere. Without them, the other tab's edit is
 * taken as the later. Returns null when the other tab's text cannot be read: then nothing here changes.
 */
export function takeIncoming<S>(
  format: StoreFormat<S>,
  base: Snapshot<S>,
  ours: S,
  incoming: string | null,
  ctx?: RevisionContext<S>,
): Incoming<S> | null {
  const kept = incoming === null ? { rev: null, raw: null } : readStamp(incoming);
  const theirs =
    kept.raw === null ? { ok: true as const, value: format.defaults(), notices: [] } : format.read(kept.raw);
  if (!theirs.ok) return null;
  const later: Later =
    ctx && kept.rev && isLater(ctx.mine, { time: kept.rev.time, id: kept.rev.id }) ? 'ours' : 'theirs';
  const merged = merge3(ancestorOf(base, kept.rev, ctx), ours, theirs.value, later, format.local);
  return {
    value: settle(format, merged.value, ours),
    base: { raw: kept.raw, value: theirs.value, rev: kept.rev },
    conflicts: merged.conflicts,
    kept: later,
    rewrite: ctx !== undefined && merged.conflicts.length > 0,
  };
}

/** What to save: the value (merged with anything another tab saved since the base), and whether to write. */
export interface SavePlan<S> extends Reconciled<S> {
  /** The text to write (stamped with a revision when one was asked for), null to remove the key; only meaningful when `write` is true. */
  raw: string | null;
  write: boolean;
  /** True when storage holds text this page cannot read: it is left alone, never written over. */
  blocked: boolean;
}

/** A save with revisions: the new revision's id, and whether to write even when the text is unchanged. */
export interface SaveRevision<S> extends RevisionContext<S> {
  next: string;
  force?: boolean;
}

/**
 * Plans a save of this page's value. When storage holds text other than the base (another tab
 * saved and this page has not heard yet), the two are merged first: against the revision the other
 * tab had seen when it carries one, the later edit winning (this page's, without revisions). The
 * text written then carries a new revision based on what storage held. Text in storage that cannot
 * be read is never written over: the plan is then blocked.
 */
export function planSave<S>(
  format: StoreFormat<S>,
  base: Snapshot<S>,
  ours: S,
  stored: string | null,
  rev?: SaveRevision<S>,
): SavePlan<S> {
  const kept = stored === null ? { rev: null, raw: null } : readStamp(stored);
  let value = ours;
  let conflicts: DataPath[] = [];
  let later: Later = 'ours';
  if (movedOn(base, kept)) {
    const theirs =
      kept.raw === null ? { ok: true as const, value: format.defaults(), notices: [] } : format.read(kept.raw);
    if (!theirs.ok) return { value: ours, raw: null, write: false, blocked: true, base, conflicts, kept: 'ours' };
    if (rev && kept.rev && !isLater(rev.mine, { time: kept.rev.time, id: kept.rev.id })) later = 'theirs';
    const merged = merge3(ancestorOf(base, kept.rev, rev), ours, theirs.value, later, format.local);
    value = settle(format, merged.value, ours);
    conflicts = merged.conflicts;
  }
  const text = format.write(value);
  if (!rev) {
    return {
      value,
      raw: text,
      write: text !== stored,
      blocked: false,
      base: { raw: text, value },
      conflicts,
      kept: later,
    };
  }
  const write = text !== kept.raw || (rev.force === true && text !== null);
  if (!write) {
    return {
      value,
      raw: stored,
      write: false,
      blocked: false,
      base: { raw: text, value, rev: kept.rev },
      conflicts,
      kept: later,
    };
  }
  const next: Revision = { id: rev.next, parent: kept.rev?.id ?? '', time: rev.mine.time };
  return {
    value,
    raw: text === null ? null : stampText(next, text),
    write: true,
    blocked: false,
    base: { raw: text, value, rev: text === null ? null : next },
    conflicts,
    kept: later,
  };
}

/**
 * Where another tab's edit replaced values this tab's reader edited: paths that changed from `ours`
 * to `now` and lie in a clash this tab lost (`lost`) or in a value the reader touched here. Undo
 * gives these back (restorePaths), leaving the rest of the other tab's work.
 */
export function lostEdits<S>(
  ours: S,
  now: S,
  lost: readonly DataPath[],
  touched: readonly DataPath[],
  pointers: readonly string[] = [],
): DataPath[] {
  return changedPaths(ours, now).filter(
    (p) =>
      !(typeof p[0] === 'string' && pointers.includes(p[0])) &&
      (lost.some((c) => within(p, c)) || touched.some((q) => within(p, q))),
  );
}
