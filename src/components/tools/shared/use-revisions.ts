import { useRef } from 'preact/hooks';
import type { StoreFormat } from '../../../lib/state/format';
import { newItemId } from '../../../lib/state/ids';
import { changedPaths, type DataPath, deepEqual, restorePaths, within } from '../../../lib/state/merge';
import { type RevisionLog, remember } from '../../../lib/state/revision';
import type { WriteResult } from '../../../lib/state/storage';
import { lostEdits, planSave, type Snapshot, takeIncoming } from '../../../lib/state/sync';
import type { UndoApi } from './use-undo';

/** What a page gives the revision glue; read anew at every call, so it may change from render to render. */
export interface RevisionSetup<S> {
  format: StoreFormat<S>;
  /** Shows a value merged with another tab's save (not an edit of the reader's). */
  show: (value: S) => void;
  /** The page's way to make an edit of the reader's (timed, touched, saved): undo of an offer goes through it. */
  edit: (fn: (s: S) => S) => void;
  /** The page's undo slot: where what another tab's edit replaced is offered back. */
  undo: Pick<UndoApi, 'offerUndo'>;
  /** The words of the offer for the reader's values `from` at `said`. */
  words: (from: S, said: readonly DataPath[]) => { message: string; undoneMessage: string };
  /** Told where the reader's values are offered back (empty once they are given back). */
  onOffer?: (from: S, said: readonly DataPath[]) => void;
}

/** How a save went: written or not needed ('saved'), refused by storage, or 'held' (storage holds text this page cannot read). */
export type SaveOutcome = WriteResult | 'held';

/** What a page may add to a save: another base to merge against, and a write that goes first. */
export interface SaveAlso<S> {
  /** The base to plan against in place of this tab's own (the page found storage keeping other work, to be replaced rather than merged). */
  from?: Snapshot<S>;
  /** Written first whenever the save goes ahead, even when the key's text is unchanged (a companion key); the key waits on its success. */
  first?: () => WriteResult;
}

/** The revision glue a page keeps its saved state with (see useRevisions). */
export interface Revisions<S> {
  /** What this tab last knew to be saved. */
  base: () => Snapshot<S>;
  /** Takes a snapshot as what is saved, remembering its revision's value. */
  rebase: (next: Snapshot<S>) => void;
  /** The reader edited here now: orders this tab's edits against other tabs'. */
  timed: () => void;
  /** The reader edited here, from `before` to `after`: timed, and the changed paths remembered as touched. */
  edited: (before: S, after: S) => void;
  /** Withdraws the offer of values lost to another tab (the reader has changed something else since). */
  withdraw: () => void;
  /** The page shows other work now: forgets where the reader edited, and withdraws any offer. */
  forget: () => void;
  /**
   * Saves `ours` over `stored` (the kept text) through `write`, merged first with another tab's save
   * this tab has not heard of; a merged value is shown, and what it replaced offered back.
   */
  save: (ours: S, stored: string | null, write: (raw: string | null) => WriteResult, also?: SaveAlso<S>) => SaveOutcome;
  /**
   * Takes in another tab's save (`incoming`, null when removed) against `ours`; null when it cannot be read.
   * `changed` when the value shown changed; `rewrite` when this tab must save again (the next save does).
   */
  take: (ours: S, incoming: string | null) => { changed: boolean; rewrite: boolean } | null;
}

/**
 * The hook glue around the pure revision machinery (planSave, takeIncoming, lostEdits), shared by the
 * tools' saved state and the class board: the base snapshot and revision log, when the reader last
 * edited here, where they edited, a rewrite asked for by a clash, and the offer back by undo of values
 * another tab's later edit replaced. The page keeps its own storage key, address and rendering.
 */
export function useRevisions<S>(setup: RevisionSetup<S>): Revisions<S> {
  const given = useRef(setup);
  given.current = setup;
  const made = useRef<Revisions<S> | null>(null);
  if (made.current === null) made.current = revisions(given, setup.format.defaults());
  return made.current;
}

/** The glue itself, over the page's latest setup (`given.current`); useRevisions makes it once per page. */
export function revisions<S>(given: { readonly current: RevisionSetup<S> }, initial: S): Revisions<S> {
  /** What this tab last knew to be saved: the base another tab's save is merged against. */
  let base: Snapshot<S> = { raw: null, value: initial };
  /** The values of saved revisions this tab has seen: the base for a save it heard of late. */
  let log: RevisionLog<S> = new Map();
  /** When the reader last edited here, and the revision that edit went out as: orders clashing edits across tabs. */
  let mine = { time: 0, id: '' };
  /** Where the reader has edited on this page: another tab's later change there is offered back. */
  let touched: DataPath[] = [];
  /** What undo would give back after other tabs' edits replaced the reader's; null when nothing is offered. */
  let offered: { ours: S; said: DataPath[] } | null = null;
  /** After a clash heard from another tab, the next save writes even unchanged text, so every tab ends on the edit both keep. */
  let force = false;

  const rebase = (next: Snapshot<S>) => {
    base = next;
    log = remember(log, next.rev, next.value);
  };
  const timed = () => {
    mine = { ...mine, time: Math.max(Date.now(), mine.time + 1) };
  };

  /** Another tab's later edit replaced values edited here (`lost`, or any value touched here): offered back by undo. */
  const offerBack = (ours: S, now: S, lost: readonly DataPath[]) => {
    const { format, undo, words, onOffer } = given.current;
    const found = lostEdits(ours, now, lost, touched, format.pointers);
    if (found.length === 0) return;
    // A loss not yet given back stays offered: the reader has not edited since (an edit withdraws the offer),
    // so the values from before the first loss are still the reader's own, and a second tab's save cannot
    // replace them with an offer of the merged value.
    const prev = offered;
    const from = prev ? prev.ours : ours;
    const said = prev ? [...prev.said, ...found.filter((p) => !prev.said.some((q) => within(p, q)))] : found;
    offered = { ours: from, said };
    onOffer?.(from, said);
    undo.offerUndo({
      ...words(from, said),
      undo: () => {
        offered = null;
        given.current.edit((s) => restorePaths(s, from, said));
        given.current.onOffer?.(from, []);
      },
    });
  };

  /** A merged value differing from ours is shown, and what it replaced of the reader's offered back. */
  const settle = (ours: S, value: S, lost: readonly DataPath[]): boolean => {
    if (value === ours || deepEqual(value, ours)) return false;
    given.current.show(value);
    offerBack(ours, value, lost);
    return true;
  };

  return {
    base: () => base,
    rebase,
    timed,
    edited: (before, after) => {
      timed();
      for (const p of changedPaths(before, after)) {
        if (!touched.some((q) => within(p, q))) touched.push(p);
      }
    },
    withdraw: () => {
      offered = null;
    },
    forget: () => {
      touched = [];
      offered = null;
    },
    save: (ours, stored, write, also = {}) => {
      const next = newItemId(Math.random, log.keys());
      const plan = planSave(given.current.format, also.from ?? base, ours, stored, {
        log,
        mine: { time: mine.time, id: next },
        next,
        force,
      });
      force = false;
      if (plan.blocked) return 'held';
      let outcome: WriteResult = also.first ? also.first() : 'saved';
      if (outcome === 'saved' && plan.write) outcome = write(plan.raw);
      if (outcome === 'saved') {
        rebase(plan.base);
        if (plan.write) mine = { ...mine, id: next };
      }
      // Storage held an edit this tab had not heard yet: where it replaced a value the reader edited here (a later
      // edit of the same value, or one made on top of it), say so and offer ours back, as when the edit is heard first.
      settle(ours, plan.value, plan.kept === 'theirs' ? plan.conflicts : []);
      return outcome;
    },
    take: (ours, incoming) => {
      const taken = takeIncoming(given.current.format, base, ours, incoming, { log, mine });
      if (!taken) return null;
      rebase(taken.base);
      const changed = settle(ours, taken.value, taken.kept === 'theirs' ? taken.conflicts : []);
      if (taken.rewrite) force = true;
      return { changed, rewrite: taken.rewrite };
    },
  };
}
