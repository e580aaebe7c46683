import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { addressRole, readMirror, writeMirror } from '../../../lib/state/address';
import type { StoreFormat, StoreProblem } from '../../../lib/state/format';
import { type DataPath, indexPath } from '../../../lib/state/merge';
import type { Decoded, StateNotice } from '../../../lib/state/notice';
import { ADDRESS_LIMITS, fitsAddress, isPacked, PACKED_KEY, packQuery, unpackQuery } from '../../../lib/state/packed';
import { unstamped } from '../../../lib/state/revision';
import { asideKey, readKey, storageKey, writeKey } from '../../../lib/state/storage';
import { decideOpening, type Mode } from '../../../lib/state/sync';
import { browserStore, tabStore } from './browser-store';
import { downloadText } from './download';
import { useRevisions } from './use-revisions';
import { type UndoApi, useUndo } from './use-undo';

const TOOLS = uses('tools-common');

/** What the save indicator says: not known yet (before hydration), saved, a shared copy (never saved), or why nothing is saved. */
export type SaveState = 'pending' | 'saved' | 'shared' | 'unavailable' | 'full' | 'held';

/** How a tool's state travels in the page address. */
export interface UrlBinding<S> {
  /** The state the address carries, or null when it carries none of the tool's keys. */
  read: (params: URLSearchParams) => Decoded<S> | null;
  /** Puts the state into the address, replacing only the tool's own keys. */
  write: (state: S, url: URL) => void;
}

/** The parts of a saved state every page's status bar shows, whatever the state's type. */
export interface SavedStateView {
  mode: Mode;
  saveState: SaveState;
  notices: StateNotice[];
  setNotices: (n: StateNotice[]) => void;
  /** Why saved data could not be read, for formats that refuse rather than repair. */
  problems: StoreProblem[];
  /** Saved text that could not be read, kept aside until the reader decides. */
  aside: string | null;
  downloadAside: () => void;
  discardAside: () => void;
  keepAsMine: () => void;
  backToOwn: () => void;
  /** True when the page opened the reader's work from the address, because storage had not kept it. */
  fromAddress: boolean;
  /** True when the address held a packed state that could not be unpacked (cut short or damaged): it was not used. */
  addressDamaged: boolean;
  /** Where another tab's later edit replaced one made here; empty when none. */
  elsewhere: DataPath[];
  dismissElsewhere: () => void;
  undo: UndoApi;
}

type Update<S> = S | ((s: S) => S);

/**
 * The one hook every tool and the profile keep their state with. Read after hydration from the
 * address (a visiting copy, never written over saved work) or from storage; saved after every
 * change when it is the reader's own; merged field by field with what other tabs save; every
 * whole replacement can be undone. Storage that is missing, full or holds unreadable data is said,
 * never silently lost: unreadable data is copied aside, or left untouched when it cannot be.
 */
export function useSavedState<S>(format: StoreFormat<S>, url?: UrlBinding<S>) {
  const { toolsCommon: t } = useText(TOOLS);
  const key = storageKey(format.name, format.version);
  const [state, setStateRaw] = useState<S>(format.defaults);
  const [ready, setReady] = useState(false);
  const [mode, setMode] = useState<Mode>('own');
  const [notices, setNotices] = useState<StateNotice[]>([]);
  const [problems, setProblems] = useState<StoreProblem[]>([]);
  const [saveState, setSaveState] = useState<SaveState>('pending');
  const [aside, setAside] = useState<string | null>(null);
  const [held, setHeld] = useState(false);
  const [elsewhere, setElsewhere] = useState<DataPath[]>([]);
  const [fromAddress, setFromAddress] = useState(false);
  const [addressDamaged, setAddressDamaged] = useState(false);
  const [generation, setGeneration] = useState(0);
  const mirrorKey = `${key}:address`;
  // The newest state, set as soon as it is decided: effects and storage events may run before a render shows it.
  const latest = useRef<S>(state);
  const live = useRef({ mode, held, ready });
  live.current = { mode, held, ready };
  const undo = useUndo(t.undone);
  const commit = useCallback((next: Update<S>) => {
    const value = typeof next === 'function' ? (next as (s: S) => S)(latest.current) : next;
    latest.current = value;
    setStateRaw(value);
  }, []);
  /** The revision glue: what this tab knows is saved, the reader's edits here, and what another tab's edit replaced (offered back). */
  const revs = useRevisions<S>({
    format,
    show: commit,
    edit: (fn) => edit(fn),
    undo,
    words: () => ({ message: t.ownKept, undoneMessage: t.ownBack }),
    onOffer: (from, said) =>
      setElsewhere(said.map((p) => indexPath(from, p)).filter((p): p is DataPath => p !== null && p.length > 0)),
  });

  /** Counts address writes: a packed address that finishes after a newer write is dropped. */
  const written = useRef(0);

  useEffect(() => {
    // A packed address is unpacked first (the browser's streams answer later): until then the page shows the
    // server's HTML and the defaults, and saves nothing. One that cannot be unpacked counts as no address.
    const search = window.location.search;
    if (!url || !isPacked(search)) {
      open(search);
      return;
    }
    let current = true;
    void unpackQuery(search).then((u) => {
      if (!current) return;
      // Named, never silent: the page then opens as if it had no address (the reader's own work).
      setAddressDamaged(!u.ok);
      open(u.ok ? u.query : '');
    });
    return () => {
      current = false;
    };
  }, [format, key, url]);

  /** Opens the page from its (unpacked) address query and storage. */
  function open(search: string) {
    const store = browserStore();
    const inUrl = url ? url.read(new URLSearchParams(search)) : null;
    // An address this tab itself wrote while showing the reader's own work is not a shared link: if storage
    // kept that work, a reload opens the saved work (other tabs may have moved on since); if storage did not,
    // the address is the newest copy and opens as the reader's own.
    const mirror = readKey(tabStore(), mirrorKey);
    const role = addressRole(inUrl ? format.write(inUrl.value) : null, readMirror(mirror.ok ? mirror.raw : null));
    const opening = decideOpening(format, inUrl, readKey(store, key), role);
    revs.rebase(opening.base);
    const kept = readKey(store, asideKey(key));
    let hold = false;
    if (opening.unreadable !== null) {
      // Copy it aside before anything can be saved over it; if that fails, save nothing until the reader decides.
      const copied = kept.ok && kept.raw === null ? writeKey(store, asideKey(key), opening.unreadable) : 'blocked';
      hold = copied !== 'saved' && !(kept.ok && kept.raw === opening.unreadable);
      setAside(opening.unreadable);
    } else if (kept.ok && kept.raw !== null) {
      setAside(kept.raw);
    }
    setHeld(hold);
    setProblems(opening.problems);
    setNotices(opening.notices);
    setMode(opening.mode);
    setFromAddress(opening.fromAddress);
    live.current = { mode: opening.mode, held: hold, ready: true };
    commit(opening.value);
    if (!opening.storage) setSaveState('unavailable');
    setReady(true);
  }

  /** Saves the newest state when it is the reader's own and says how that went; a save is never claimed that failed. */
  const saveOwn = (): SaveState => {
    if (live.current.mode !== 'own') return 'shared';
    if (live.current.held) return 'held';
    const local = browserStore();
    const stored = readKey(local, key);
    if (!stored.ok) return 'unavailable';
    // Merged first with another tab's save this tab has not heard yet; what that replaced of the reader's is offered back.
    const outcome = revs.save(latest.current, stored.raw, (raw) => writeKey(local, key, raw));
    return outcome === 'saved' || outcome === 'full' || outcome === 'held' ? outcome : 'unavailable';
  };

  /**
   * Saves the newest state, then writes it to the address (unless told not to) with what this tab
   * knows of it: the reader's own work, and whether storage kept it. Says how the save went.
   */
  const persist = (address = true) => {
    if (!live.current.ready) return;
    const outcome = saveOwn();
    setSaveState(outcome);
    if (!url || !address) return;
    const next = new URL(window.location.href);
    next.searchParams.delete(PACKED_KEY);
    url.write(latest.current, next);
    const raw = live.current.mode === 'own' ? format.write(latest.current) : null;
    const mirror = writeMirror(raw === null ? null : { raw, saved: outcome === 'saved' });
    const query = next.search.replace(/^\?/, '');
    const turn = ++written.current;
    /** Puts the query in the address with its mirror; a mirror that cannot be kept is removed (the address then reads as a link). */
    const put = (q: string) => {
      next.search = q;
      if (next.href !== window.location.href) window.history.replaceState(window.history.state, '', next);
      if (writeKey(tabStore(), mirrorKey, mirror) !== 'saved') writeKey(tabStore(), mirrorKey, null);
    };
    // Past what chat apps and QR codes carry, the address is packed when that is shorter (the mirror holds
    // the state as the format writes it, so a packed address and a plain one of the same state match it).
    const target = ADDRESS_LIMITS.write - (next.href.length - next.search.length);
    if (query.length <= target) put(query);
    else
      void packQuery(query, target).then((q) => {
        // Never an address it would refuse to read: the tools' states are bounded well under it, but should one
        // not fit, the address carries no state (a reload then opens the saved work).
        if (turn === written.current) put(fitsAddress(q) ? q : '');
      });
  };
  const persistRef = useRef(persist);
  persistRef.current = persist;

  // After every render that changed what or whether to save; edits the reader makes are saved at once as well.
  useEffect(() => {
    persistRef.current();
  }, [state, mode, held, ready]);

  // A change made just before the page goes away may not have been saved yet: save it now.
  useEffect(() => {
    // Storage only: the address can no longer change what a reload opens, and its mirror must keep matching it.
    const flush = () => persistRef.current(false);
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, []);

  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key !== key && e.key !== null) return;
      const now = live.current;
      if (now.mode !== 'own' || now.held) return;
      const taken = revs.take(latest.current, e.key === null ? null : e.newValue);
      // The address follows at once, so a reload of this tab opens what it shows; a clash is saved again by
      // both tabs, so the edit both keep ends up in storage whichever tab's save lands last.
      if (taken && (taken.changed || taken.rewrite)) persistRef.current(true);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [format, key, revs]);

  /** An edit made here: remembered as touched, timed (the later edit wins across tabs) and saved. */
  const edit = useCallback(
    (next: Update<S>) => {
      const before = latest.current;
      commit(next);
      revs.edited(before, latest.current);
      persistRef.current();
    },
    [commit, revs],
  );

  /** A change the reader makes: withdraws any undo offer, since something else has now changed. */
  const setState = useCallback(
    (next: Update<S>) => {
      undo.dismiss();
      revs.withdraw();
      edit(next);
    },
    [undo.dismiss, edit, revs],
  );

  /**
   * Replaces the whole state (reset, clear, import, or a function of the state as it is now, such as a
   * removal) and offers to put back what was there. `restore` puts back what the same action threw away
   * outside this state (another saved item), just before it.
   */
  const replace = (next: Update<S>, message: string, undoneMessage?: string, restore?: () => void) => {
    const before = latest.current;
    commit(next);
    revs.timed();
    setGeneration((g) => g + 1);
    revs.withdraw();
    undo.offerUndo({
      message,
      ...(undoneMessage === undefined ? {} : { undoneMessage }),
      undo: () => {
        restore?.();
        commit(before);
        setGeneration((g) => g + 1);
      },
    });
  };

  /** Back to the starting values, undoably; `restore` as for replace, `message` when more than the state was reset. */
  const reset = (restore?: () => void, message: string = t.resetDone) => {
    replace(format.defaults(), message, undefined, restore);
    setNotices([]);
  };

  const keepAsMine = () => {
    const own = revs.base().value;
    setMode('own');
    revs.withdraw();
    undo.offerUndo({
      message: t.shared.kept,
      undo: () => {
        commit(own);
        setGeneration((g) => g + 1);
      },
    });
  };

  const backToOwn = () => {
    const shared = latest.current;
    const sharedNotices = notices;
    const stored = readKey(browserStore(), key);
    const text = stored.ok ? stored.raw : null;
    const raw = unstamped(text);
    const read = raw === null ? undefined : format.read(raw);
    const own = read === undefined ? format.defaults() : read.ok ? read.value : revs.base().value;
    revs.rebase({ raw, value: own, rev: null });
    setMode('own');
    commit(own);
    setNotices([]);
    setGeneration((g) => g + 1);
    revs.withdraw();
    undo.offerUndo({
      message: t.shared.backDone,
      undo: () => {
        setMode('shared');
        commit(shared);
        setNotices(sharedNotices);
        setGeneration((g) => g + 1);
      },
    });
  };

  const downloadAside = () => {
    if (aside !== null) downloadText(`${format.name}-unreadable.txt`, aside, 'text/plain;charset=utf-8');
  };
  const discardAside = () => {
    const kept = aside;
    const keptProblems = problems;
    writeKey(browserStore(), asideKey(key), null);
    setAside(null);
    setProblems([]);
    setHeld(false);
    if (kept === null) return;
    revs.withdraw();
    undo.offerUndo({
      message: t.storage.discarded,
      undo: () => {
        writeKey(browserStore(), asideKey(key), kept);
        setAside(kept);
        setProblems(keptProblems);
      },
    });
  };

  return {
    state,
    setState,
    replace,
    reset,
    ready,
    generation,
    mode,
    saveState,
    notices,
    setNotices,
    problems,
    aside,
    downloadAside,
    discardAside,
    keepAsMine,
    backToOwn,
    fromAddress,
    addressDamaged,
    elsewhere,
    dismissElsewhere: () => setElsewhere([]),
    undo,
  };
}
