import { useEffect, useRef, useState } from 'preact/hooks';
import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import {
  type HoldReason,
  hearSettings,
  type KeptSettings,
  noSettings,
  otherSurvey,
  placesAt,
  planSurveySave,
  settingsFormat,
} from '../../../lib/kano/settings-sync';
import type { SurveySettings } from '../../../lib/kano/survey';
import { readStamp } from '../../../lib/state/revision';
import { type WriteResult, writeKey } from '../../../lib/state/storage';
import { browserStore } from '../shared/browser-store';
import { useRevisions } from '../shared/use-revisions';
import type { UndoApi } from '../shared/use-undo';
import { readKept, SETTINGS_KEY, SURVEY_KEY, saveSurvey, writeKept } from './saved-survey';

const KANO = uses('kano');

/** How keeping the survey went: a write's outcome, or held (another tab keeps a different survey). */
export type KeepResult = WriteResult | 'held';

interface Options {
  undo: UndoApi | undefined;
  /** Shows choices that came from elsewhere (another tab, or undo of its later edit) and reads the survey with them; `note` for the status line. */
  apply: (settings: SurveySettings, note: string) => void;
}

/**
 * The survey view's side of saving across tabs: each save of the choices carries a revision and is
 * merged with what another tab saved for the same survey (by mapping row id, the later edit winning a
 * clash, the earlier offered back by undo); another tab's save is taken in as it lands; and a survey
 * another tab opened in place of this one is never written over until the reader chooses. The revision
 * glue (base, log, timing, touched values, offer back) is the shared useRevisions; the survey text,
 * holding and the status notes are this hook's.
 */
export function useSurveySync({ undo, apply }: Options) {
  const { kanoText: t } = useText(KANO);
  /** The survey text this tab last knew to be kept. */
  const known = useRef<string | null>(null);
  /** This tab's survey and its choices as shown; null while a new survey is being read here (or none is shown). */
  const shown = useRef<{ text: string; kept: KeptSettings } | null>(null);
  const [held, setHeldState] = useState<HoldReason | undefined>(undefined);
  const heldRef = useRef<HoldReason | undefined>(undefined);
  /** While held: whether storage keeps a survey the reader could open here (another tab may have cleared it instead). */
  const [otherKept, setOtherKept] = useState(false);
  const [saved, setSaved] = useState<KeepResult>('saved');
  const hold = (reason: HoldReason | undefined) => {
    if (reason === undefined && heldRef.current === undefined) return;
    heldRef.current = reason;
    setHeldState(reason);
    setOtherKept(reason !== undefined && readKept().text !== null);
  };

  /** The revision glue for the choices: what this tab knows is saved, the reader's edits here, and the offer back of what another tab's later edit replaced. */
  const revs = useRevisions<KeptSettings>({
    format: settingsFormat,
    // A merged value is this tab's choices now: a save gives it back to the page, a heard save applies it.
    show: (value) => {
      if (shown.current) shown.current = { ...shown.current, kept: value };
    },
    // Undo of an offer: the reader's values back into the choices shown, leaving the rest of the other tab's work.
    edit: (fn) => {
      const now = shown.current;
      if (!now) return;
      const back = fn(now.kept);
      edited(now.kept, back);
      apply(back.settings, t.sync.ownBack);
    },
    undo: { offerUndo: (offer) => undo?.offerUndo(offer) },
    // The page names the rows where another tab's later edit replaced the reader's.
    words: (from, said) => {
      const places = placesAt(from, said);
      return { message: t.sync.ownReplaced(places.rows, places.other), undoneMessage: t.sync.ownBack };
    },
  });

  /** Reads what storage keeps as the page opens (or takes another tab's survey): the survey text, and its choices as this tab's base. */
  const open = (): { text: string | null; settings: string | null } => {
    const kept = readKept();
    known.current = kept.text;
    const stamp = kept.settings === null ? null : readStamp(kept.settings);
    const read = stamp ? settingsFormat.read(stamp.raw) : null;
    revs.rebase({ raw: stamp?.raw ?? null, value: read?.ok ? read.value : noSettings(), rev: stamp?.rev ?? null });
    shown.current = null;
    revs.forget();
    hold(undefined);
    return { text: kept.text, settings: stamp?.raw ?? null };
  };

  /** A reading is starting: a survey other than the one shown is not this tab's until it is read (heard saves wait for it). */
  const reading = (text: string) => {
    if (shown.current && shown.current.text !== text) {
      shown.current = null;
      revs.forget();
    }
  };

  /** The reader changed the choices here: timed (the later edit wins across tabs), remembered where, and any offer withdrawn. */
  const edited = (before: KeptSettings, after: KeptSettings) => {
    revs.edited(before, after);
    revs.withdraw();
    if (shown.current) shown.current = { ...shown.current, kept: after };
  };

  /**
   * Keeps the survey and its choices, merged first with anything another tab saved for it that this tab
   * has not heard yet; held while another tab keeps a different survey, unless the reader chose to keep
   * this one (`keep`). Gives back how that went and the choices now kept (other than `kept` after a merge).
   */
  const save = (text: string, kept: KeptSettings, keep = false): { result: KeepResult; value: KeptSettings } => {
    shown.current = { text, kept };
    if (heldRef.current && !keep) {
      setSaved('held');
      return { result: 'held', value: kept };
    }
    const stored = readKept();
    const planned = planSurveySave({ known: known.current, text, ours: kept, base: revs.base(), stored, keep });
    if (planned.kind === 'held') {
      hold(planned.reason);
      setSaved('held');
      return { result: 'held', value: kept };
    }
    hold(undefined);
    const first = () => {
      const written = saveSurvey(text);
      // A survey not kept is removed: storage then holds none.
      known.current = written === 'saved' ? text : null;
      return written;
    };
    const result = revs.save(kept, stored.settings, (raw) => writeKey(browserStore(), SETTINGS_KEY, raw), {
      from: planned.from,
      ...(planned.text ? { first } : {}),
    });
    if (result === 'held') hold('unreadable');
    setSaved(result);
    return { result, value: shown.current?.kept ?? kept };
  };

  /**
   * Forgets the survey here; storage too, unless it holds another tab's survey: then that stays, and this
   * tab's survey, if undo brings it back, is held again rather than saved over it.
   */
  const clear = () => {
    shown.current = null;
    revs.forget();
    if (!heldRef.current) {
      saveSurvey('');
      writeKey(browserStore(), SETTINGS_KEY, null);
      revs.rebase({ raw: null, value: noSettings() });
      known.current = null;
    }
    hold(undefined);
    setSaved('saved');
  };

  /** The reader keeps this tab's survey over the one another tab opened; undo puts the other one back. */
  const keepHere = () => {
    const now = shown.current;
    if (!now) return;
    const before = readKept();
    const { result } = save(now.text, now.kept, true);
    if (result !== 'saved') return;
    undo?.offerUndo({
      message: t.sync.keptHere,
      undo: () => {
        writeKept(before);
        hold('other-survey');
        setSaved('held');
      },
    });
  };

  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key !== SURVEY_KEY && e.key !== SETTINGS_KEY && e.key !== null) return;
      const now = shown.current;
      if (e.key === SURVEY_KEY || e.key === null) {
        const stored = e.key === null ? null : e.newValue;
        if (!now) {
          // Nothing of this tab's is shown (or a new survey is being read): nothing here to keep apart.
          if (!heldRef.current) known.current = stored;
          return;
        }
        if (otherSurvey(known.current, now.text, stored)) {
          hold('other-survey');
          setSaved('held');
        } else if (heldRef.current === 'other-survey') {
          // The other tab came back to this tab's survey: saving goes on.
          known.current = stored;
          hold(undefined);
          setSaved('saved');
        }
        return;
      }
      if (!now || heldRef.current) return;
      const heard = hearSettings(revs.base(), now.kept, e.newValue);
      if (heard === 'other-survey') {
        hold('other-survey');
        setSaved('held');
        return;
      }
      if (heard !== 'take') return;
      // Merged in; where it replaced the reader's values, offered back. A clash this tab won is saved again
      // (its text may equal what this tab shows), so every tab ends on it.
      const taken = revs.take(now.kept, e.newValue);
      if (!taken) return;
      const after = shown.current;
      if (taken.changed && after) applyRef.current(after.kept.settings, t.sync.heard);
      else if (taken.rewrite) saveRef.current(now.text, now.kept);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  const applyRef = useRef(apply);
  applyRef.current = apply;
  const saveRef = useRef(save);
  saveRef.current = save;

  return { open, reading, save, edited, clear, keepHere, held, otherKept, saved };
}
