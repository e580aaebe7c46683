import type { AddressRole } from './address';
import type { StoreFormat, StoreProblem } from './format';
import { type DataPath, deepEqual, merge3 } from './merge';
import type { StateNotice } from './notice';
import type { StoredRead } from './storage';

/** What this page last knew to be saved: the text and the value it reads as (the base of a merge). */
export interface Snapshot<S> {
  raw: string | null;
  value: S;
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

/** A merged value made canonical (indexes clamped), or ours untouched when the merge changed nothing. */
function settle<S>(format: StoreFormat<S>, merged: S, ours: S): S {
  return deepEqual(merged, ours) ? ours : canonical(format, merged);
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
  const raw = stored.ok ? stored.raw : null;
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
  const base = { raw, value: own };
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
}

/**
 * Takes in what another tab saved. Fields only the other tab changed come in, fields only this
 * page changed stay, and where both changed the same field the other tab's (later) edit wins.
 * Returns null when the other tab's text cannot be read: then nothing here changes.
 */
export function takeIncoming<S>(
  format: StoreFormat<S>,
  base: Snapshot<S>,
  ours: S,
  incoming: string | null,
): Reconciled<S> | null {
  const theirs =
    incoming === null ? { ok: true as const, value: format.defaults(), notices: [] } : format.read(incoming);
  if (!theirs.ok) return null;
  const merged = merge3(base.value, ours, theirs.value, 'theirs', format.local);
  return {
    value: settle(format, merged.value, ours),
    base: { raw: incoming, value: theirs.value },
    conflicts: merged.conflicts,
  };
}

/** What to save: the value (merged with anything another tab saved since the base), and whether to write. */
export interface SavePlan<S> extends Reconciled<S> {
  /** The text to write, null to remove the key; only meaningful when `write` is true. */
  raw: string | null;
  write: boolean;
  /** True when storage holds text this page cannot read: it is left alone, never written over. */
  blocked: boolean;
}

/**
 * Plans a save of this page's value. When storage holds text other than the base (another tab
 * saved and this page has not heard yet), the two are merged first, this page's edit being the later.
 * Text in storage that cannot be read is never written over: the plan is then blocked.
 */
export function planSave<S>(format: StoreFormat<S>, base: Snapshot<S>, ours: S, stored: string | null): SavePlan<S> {
  let value = ours;
  let conflicts: DataPath[] = [];
  if (stored !== base.raw) {
    const theirs = stored === null ? { ok: true as const, value: format.defaults(), notices: [] } : format.read(stored);
    if (!theirs.ok) return { value: ours, raw: null, write: false, blocked: true, base, conflicts };
    const merged = merge3(base.value, ours, theirs.value, 'ours', format.local);
    value = settle(format, merged.value, ours);
    conflicts = merged.conflicts;
  }
  const raw = format.write(value);
  return { value, raw, write: raw !== stored, blocked: false, base: { raw, value }, conflicts };
}
