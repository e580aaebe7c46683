import type { StoreFormat } from '../state/format';
import type { DataPath } from '../state/merge';
import { readStamp } from '../state/revision';
import type { Snapshot } from '../state/sync';
import { withFeatureIds } from './mapping-edit';
import { readSettingsText, sameHeader, writeSettings } from './saved-settings';
import type { SurveySettings } from './survey';

/** The reader's choices for one survey as kept beside its text: the header row they were made for, and the choices. */
export interface KeptSettings {
  header: string[];
  settings: SurveySettings;
}

/** No survey, no choices: what a tab holds before it reads one, and what a cleared key reads as. */
export const noSettings = (): KeptSettings => ({ header: [], settings: {} });

/**
 * The survey view's choices as this browser keeps them, for merging with what another tab saved: the
 * settings text (version 2, every mapping row with its id), so two tabs' edits to different rows, answers
 * or options all stay. Text that is not the settings at all reads as none; text from a later version is
 * refused (and so never written over). The key is `cx-spectrum:kano-survey-settings:v1`.
 */
export const settingsFormat: StoreFormat<KeptSettings> = {
  name: 'kano-survey-settings',
  version: 1,
  defaults: noSettings,
  read: (raw) => {
    const read = readSettingsText(raw);
    if (read.ok) return { ok: true, value: { header: read.header, settings: read.settings }, notices: [] };
    return read.later
      ? { ok: false, problems: [{ code: 'later-version' }] }
      : { ok: true, value: noSettings(), notices: [] };
  },
  write: (kept) => (kept.header.length === 0 ? null : writeSettings(kept.header, kept.settings)),
};

/** The choices for `header` as a tab keeps them: every mapping row with its id (a proposal's rows by position). */
export function keptSettings(header: readonly string[], settings: SurveySettings): KeptSettings {
  const { mapping, priority, ...rest } = settings;
  return {
    header: [...header],
    settings: {
      ...rest,
      ...(mapping ? { mapping: withFeatureIds(mapping) } : {}),
      ...(priority === undefined ? {} : { priority }),
    },
  };
}

/** What storage holds now for the survey view: the survey's text and the settings' text (with its revision stamp). */
export interface KeptTexts {
  text: string | null;
  settings: string | null;
}

/** Why a tab does not save: another tab keeps a different survey (or none), or settings this page cannot read. */
export type HoldReason = 'other-survey' | 'unreadable';

/** A save of the survey and its choices: held (nothing written), or how to go ahead. */
export type SurveySave =
  | { kind: 'held'; reason: HoldReason }
  | {
      kind: 'save';
      /** True when the survey's text is to be written (storage holds another text or none). */
      text: boolean;
      /**
       * The base to plan the choices' save against (planSave): this tab's own for the same survey, so what
       * another tab saved for it since is merged in; else what storage holds, replaced whole.
       */
      from: Snapshot<KeptSettings>;
    };

/** What a tab brings to a save of its survey and choices. */
export interface SurveySaveInput {
  /** The survey text this tab last knew to be kept (read or written); null for none. */
  known: string | null;
  /** This tab's survey text. */
  text: string;
  /** This tab's choices for it. */
  ours: KeptSettings;
  /** What this tab last knew to be saved of the choices. */
  base: Snapshot<KeptSettings>;
  stored: KeptTexts;
  /** True when the reader chose to keep this tab's survey over the one another tab kept. */
  keep?: boolean;
}

/**
 * Whether a tab's survey and choices may be kept, and against what. Storage holding a survey other than
 * the one this tab knew (another tab opened a different one, or cleared it) is never written over unless
 * the reader chose to keep this tab's (`keep`): the save is held. For the same survey (the same header
 * row), the choices are merged with what another tab saved since (planned from this tab's base), by
 * mapping row id, the later edit winning a clash. This tab's choices for a survey other than the one it
 * last saved replace the kept ones whole (planned from what storage holds, its revision the parent).
 */
export function planSurveySave(input: SurveySaveInput): SurveySave {
  const { known, text, ours, base, stored, keep = false } = input;
  if (!keep && stored.text !== known && stored.text !== text) return { kind: 'held', reason: 'other-survey' };
  const kept = stored.settings === null ? null : readStamp(stored.settings);
  const read = kept === null ? null : settingsFormat.read(kept.raw);
  if (read && !read.ok && !keep) return { kind: 'held', reason: 'unreadable' };
  const theirs = read?.ok ? read.value : noSettings();
  const same = sameHeader(theirs.header, ours.header) && sameHeader(base.value.header, ours.header);
  // Choices made for another survey are not edits of these: this tab's replace them (with their revision as parent).
  const from: Snapshot<KeptSettings> = same ? base : { raw: kept?.raw ?? null, value: theirs, rev: kept?.rev ?? null };
  return { kind: 'save', text: stored.text !== text, from };
}

/** Another tab's save of the choices, as this tab hears it: for another survey, nothing to take in, or to be merged in (takeIncoming). */
export type SettingsHeard = 'other-survey' | 'ignored' | 'take';

/**
 * What to do with the choices another tab saved. For the survey this tab shows (the same header row, and
 * this tab's base made for it) they are to be taken in, merged by row id, the later edit winning a clash;
 * saved for another header they are another tab's survey; text that cannot be read, or a removed key (the
 * survey's own key says what happened), changes nothing here.
 */
export function hearSettings(base: Snapshot<KeptSettings>, ours: KeptSettings, incoming: string | null): SettingsHeard {
  if (incoming === null) return 'ignored';
  const read = settingsFormat.read(readStamp(incoming).raw);
  if (!read.ok || read.value.header.length === 0) return 'ignored';
  if (!sameHeader(read.value.header, ours.header)) return 'other-survey';
  // This tab has just read this survey afresh and not saved it yet: its own save comes next and replaces them.
  if (!sameHeader(base.value.header, ours.header)) return 'ignored';
  return 'take';
}

/** Whether storage's survey text (after another tab wrote it) is a survey other than this tab's. */
export function otherSurvey(known: string | null, text: string, stored: string | null): boolean {
  return stored !== known && stored !== text;
}

/**
 * The names of the mapping rows that paths into kept choices lie in, each once, in the rows' order in
 * `kept`; and whether any path lies outside the rows (answers, options, segment, order). For saying
 * where another tab's later edit replaced this tab's.
 */
export function placesAt(kept: KeptSettings, paths: readonly DataPath[]): { rows: string[]; other: boolean } {
  const rowPath = (p: DataPath) => p[0] === 'settings' && p[1] === 'mapping' && p[2] === 'features' && p.length > 3;
  const ids = new Set(paths.filter(rowPath).map((p) => p[3]));
  const rows = (kept.settings.mapping?.features ?? []).filter((f) => ids.has(f.id ?? '')).map((f) => f.name);
  return { rows, other: paths.some((p) => !rowPath(p)) };
}
