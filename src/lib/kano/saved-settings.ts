import { idsOnRead, isItemId, withIds } from '../state/ids';
import { isAnswer } from './answers';
import type { Rule } from './classify';
import { RULES } from './classify';
import type { AnswerMapping, ColumnMapping, FeatureMapping } from './mapping';
import { PRIORITY_KEYS, type PriorityKey } from './priority';
import type { SurveySettings } from './survey';
import { TABLE_VARIANTS, type TableVariant } from './table';

/**
 * The version of the kept text written today. Version 1 (no `version` field) held the header and the
 * mapping, answers and analysis options, each mapping row known by its position; version 2 gives every
 * mapping row its `id` and adds the priority list's order (`priority`). A version 2 row may also say how
 * the tool found it (`found`: "header" or "question"); readers from before that skip it, and a row without
 * it reads as the reader's own choice.
 */
export const SETTINGS_VERSION = 2;

/** One mapping row as written: its fields always in the same order, however the row was made. */
function writtenFeature(f: FeatureMapping): FeatureMapping {
  return {
    ...(f.id === undefined ? {} : { id: f.id }),
    name: f.name,
    functional: f.functional,
    dysfunctional: f.dysfunctional,
    importance: f.importance,
    ...(f.found === undefined ? {} : { found: f.found }),
  };
}

/** Keeps the reader's choices, the priority list's order among them, with the header they were made for (JSON text). */
export function writeSettings(header: readonly string[], settings: SurveySettings): string {
  const { priority, ...rest } = settings;
  const kept = rest.mapping
    ? { ...rest, mapping: { ...rest.mapping, features: rest.mapping.features.map(writtenFeature) } }
    : rest;
  return JSON.stringify({
    version: SETTINGS_VERSION,
    header,
    settings: kept,
    ...(priority === undefined ? {} : { priority }),
  });
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function readFeature(v: unknown): FeatureMapping | undefined {
  if (!isObject(v) || typeof v['name'] !== 'string' || !isInt(v['functional']) || !isInt(v['dysfunctional']))
    return undefined;
  const imp = v['importance'];
  const found = v['found'];
  return {
    ...(isItemId(v['id']) ? { id: v['id'] } : {}),
    name: v['name'].slice(0, 200),
    functional: v['functional'],
    dysfunctional: v['dysfunctional'],
    importance: isInt(imp) ? imp : null,
    ...(found === 'header' || found === 'question' ? { found } : {}),
  };
}

/** Kept choices read back with the header they were made for; or why not: malformed, or from a later version this reader cannot know. */
export type SettingsText = { ok: true; header: string[]; settings: SurveySettings } | { ok: false; later: boolean };

/**
 * Reads kept choices (version 1 or 2) with the header row they were made for; anything malformed in them
 * is dropped (the tool then proposes afresh), never trusted. Text from a later version is left unread as a whole.
 */
export function readSettingsText(json: string): SettingsText {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, later: false };
  }
  if (!isObject(data) || !Array.isArray(data['header']) || !isObject(data['settings']))
    return { ok: false, later: false };
  const version = data['version'] ?? 1;
  if (version !== 1 && version !== SETTINGS_VERSION)
    return { ok: false, later: isInt(version) && version > SETTINGS_VERSION };
  const header = data['header'];
  if (!header.every((h): h is string => typeof h === 'string')) return { ok: false, later: false };
  const s = data['settings'] as Record<string, unknown>;
  const out: SurveySettings = {};
  const m = s['mapping'];
  if (isObject(m) && Array.isArray(m['features'])) {
    const read = m['features'].map(readFeature).filter((f): f is FeatureMapping => f !== undefined);
    const features = withIds(
      read,
      idsOnRead(
        read.map((f) => f.id),
        read.length,
      ),
    );
    const mapping: ColumnMapping = { features, segment: isInt(m['segment']) ? m['segment'] : null };
    out.mapping = mapping;
  }
  const a = s['answers'];
  if (isObject(a)) {
    const answers: AnswerMapping = {};
    for (const [k, v] of Object.entries(a).slice(0, 500))
      if (v === null || (typeof v === 'string' && isAnswer(v))) answers[k] = v;
    out.answers = answers;
  }
  const o = s['options'];
  if (isObject(o)) {
    const table = (TABLE_VARIANTS as readonly unknown[]).includes(o['table'])
      ? (o['table'] as TableVariant)
      : 'standard';
    const rule = (RULES as readonly unknown[]).includes(o['rule']) ? (o['rule'] as Rule) : 'most-frequent';
    out.options = { table, rule };
    for (const k of ['maxQuestionable', 'maxIndifferent'] as const) if (isInt(o[k])) out.options[k] = o[k];
  }
  const p = data['priority'];
  if (version === SETTINGS_VERSION && (PRIORITY_KEYS as readonly unknown[]).includes(p))
    out.priority = p as PriorityKey;
  return { ok: true, header, settings: out };
}

/**
 * Reads kept choices back (version 1 or 2), only when they were made for the same header row; anything
 * malformed is dropped (the tool then proposes afresh), never trusted. Text from a later version, which
 * this reader cannot know, is left unread as a whole.
 */
export function readSettings(json: string | null, header: readonly string[]): SurveySettings | undefined {
  if (!json) return undefined;
  const read = readSettingsText(json);
  if (!read.ok || !sameHeader(read.header, header)) return undefined;
  return read.settings;
}

/** True when two header rows are the same, field by field. */
export function sameHeader(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((h, i) => h === b[i]);
}
