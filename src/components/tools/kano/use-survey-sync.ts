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
import { newItemId } from '../../../lib/state/ids';
import { changedPaths, type DataPath, restorePaths, within } from '../../../lib/state/merge';
import { type RevisionLog, readStamp, remember } from '../../../lib/state/revision';
import { type WriteResult, writeKey } from '../../../lib/state/storage';
import { lostEdits, type Snapshot } from '../../../lib/state/sync';
import { browserStore } from '../shared/browser-store';
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
 * another tab opened in place of this one is never written over until the reader chooses.
 */
export function useSurveySync({ undo, apply }: Options) {
  const { kanoText: t } = useText(KANO);
  /** What this tab last knew to be saved of the choices: the base another tab's save is merged against. */
  const base = useRef<Snapshot<KeptSettings>>({ raw: null, value: noSettings() });
  const log = useRef<RevisionLog<KeptSettings>>(new Map());
  /** When the reader last changed the choices here, and the revision that went out as. */
  const mine = useRef({ time: 0, id: '' });
  /** Where the reader changed the choices here: another tab's later change there is offered back. */
  const touched = useRef<DataPath[]>([]);
  const offered = useRef<{ ours: KeptSettings; said: DataPath[] } | null>(null);
  /** The survey text this tab last knew to be kept. */
  const known = useRef<string | null>(null);
  /** This tab's survey and its choices as shown; null while a new survey is being read here (or none is shown). */
  const shown = useRef<{ text: string; kept: KeptSettings } | null>(null);
  /** Asks for the next save to be written even when unchanged: a clash this tab won, so both tabs keep the same. */
  const force = useRef(false);
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
  const rebase = (next: Snapshot<KeptSettings>) => {
    base.current = next;
    log.current = remember(log.current, next.rev, next.value);
  };
  const ctx = () => ({ log: log.current, mine: mine.current });

  /** Reads what storage keeps as the page opens (or takes another tab's survey): the survey text, and its choices as this tab's base. */
  const open = (): { text: string | null; settings: string | null } => {
    const kept = readKept();
    known.current = kept.text;
    const stamp = kept.settings === null ? null : readStamp(kept.settings);
    const read = stamp ? settingsFormat.read(stamp.raw) : null;
    rebase({ raw: stamp?.raw ?? null, value: read?.ok ? read.value : noSettings(), rev: stamp?.rev ?? null });
    shown.current = null;
    touched.current = [];
    offered.current = null;
    hold(undefined);
    return { text: kept.text, settings: stamp?.raw ?? null };
  };

  /** A reading is starting: a survey other than the one shown is not this tab's until it is read (heard saves wait for it). */
  const reading = (text: string) => {
    if (shown.current && shown.current.text !== text) {
      shown.current = null;
      touched.current = [];
      offered.current = null;
    }
  };

  /**
   * Another tab's later edit replaced values the reader edited here (`lost`, or any the reader touched):
   * the page names the rows, and undo puts the reader's values back, leaving the rest of the other tab's work.
   */
  const offerBack = (ours: KeptSettings, now: KeptSettings, lost: readonly DataPath[]) => {
    const found = lostEdits(ours, now, lost, touched.current);
    if (found.length === 0) return;
    const prev = offered.current;
    const from = prev ? prev.ours : ours;
    const said = prev ? [...prev.said, ...found.filter((p) => !prev.said.some((q) => within(p, q)))] : found;
    offered.current = { ours: from, said };
    const places = placesAt(from, said);
    undo?.offerUndo({
      message: t.sync.ownReplaced(places.rows, places.other),
      undoneMessage: t.sync.ownBack,
      undo: () => {
        const now = shown.current;
        if (!now) return;
        const back = restorePaths(now.kept, from, said);
        edited(now.kept, back);
        applyRef.current(back.settings, t.sync.ownBack);
      },
    });
  };

  /** The reader changed the choices here: timed (the later edit wins across tabs) and remembered where. */
  const edited = (before: KeptSettings, after: KeptSettings) => {
    mine.current = { ...mine.current, time: Math.max(Date.now(), mine.current.time + 1) };
    for (const p of changedPaths(before, after)) {
      if (!touched.current.some((q) => within(p, q))) touched.current.push(p);
    }
    offered.current = null;
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
    const next = newItemId(Math.random, log.current.keys());
    const planned = planSurveySave({
      known: known.current,
      text,
      ours: kept,
      base: base.current,
      stored: readKept(),
      rev: { ...ctx(), mine: { time: mine.current.time, id: next }, next, force: force.current },
      keep,
    });
    if (planned.kind === 'held') {
      hold(planned.reason);
      setSaved('held');
      return { result: 'held', value: kept };
    }
    force.current = false;
    hold(undefined);
    const { plan } = planned;
    let result: WriteResult = 'saved';
    if (planned.text) {
      result = saveSurvey(text);
      // A survey not kept is removed: storage then holds none.
      known.current = result === 'saved' ? text : null;
    }
    if (result === 'saved' && plan.write) result = writeKey(browserStore(), SETTINGS_KEY, plan.raw);
    if (result === 'saved') {
      rebase(plan.base);
      if (plan.write) mine.current = { ...mine.current, id: next };
    }
    if (plan.value !== kept) {
      shown.current = { text, kept: plan.value };
      offerBack(kept, plan.value, plan.kept === 'theirs' ? plan.conflicts : []);
    }
    setSaved(result);
    return { result, value: plan.value };
  };

  /**
   * Forgets the survey here; storage too, unless it holds another tab's survey: then that stays, and this
   * tab's survey, if undo brings it back, is held again rather than saved over it.
   */
  const clear = () => {
    shown.current = null;
    touched.current = [];
    offered.current = null;
    if (!heldRef.current) {
      saveSurvey('');
      writeKey(browserStore(), SETTINGS_KEY, null);
      rebase({ raw: null, value: noSettings() });
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
      const heard = hearSettings(base.current, now.kept, e.newValue, ctx());
      if (heard.kind === 'other-survey') {
        hold('other-survey');
        setSaved('held');
        return;
      }
      if (heard.kind !== 'taken') return;
      const { incoming } = heard;
      rebase(incoming.base);
      // A clash this tab won is saved again (its text may equal what this tab shows), so every tab ends on it.
      if (incoming.rewrite) force.current = true;
      if (incoming.value !== now.kept) {
        shown.current = { text: now.text, kept: incoming.value };
        offerBackRef.current(now.kept, incoming.value, incoming.kept === 'theirs' ? incoming.conflicts : []);
        applyRef.current(incoming.value.settings, t.sync.heard);
      } else if (incoming.rewrite) {
        saveRef.current(now.text, now.kept);
      }
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  const offerBackRef = useRef(offerBack);
  offerBackRef.current = offerBack;
  const applyRef = useRef(apply);
  applyRef.current = apply;
  const saveRef = useRef(save);
  saveRef.current = save;

  return { open, reading, save, edited, clear, keepHere, held, otherKept, saved };
}
