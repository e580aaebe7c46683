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
 * mapping row its `id` and adds the priority list's order (`priority`).
 */
export const SETTINGS_VERSION = 2;

/** The reader's choices for one survey, as kept in the browser beside its text. */
interface Saved {
  version?: number;
  header: string[];
  settings: SurveySettings;
}

/** Keeps the reader's choices, the priority list's order among them, with the header they were made for (JSON text). */
export function writeSettings(header: readonly string[], settings: SurveySettings): string {
  const { priority, ...rest } = settings;
  return JSON.stringify({
    version: SETTINGS_VERSION,
    header,
    settings: rest,
    ...(priority === undefined ? {} : { priority }),
  });
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function readFeature(v: unknown): FeatureMapping | undefined {
  if (!isObject(v) || typeof v['name'] !== 'string' || !isInt(v['functional']) || !isInt(v['dysfunctional']))
    return undefined;
  const imp = v['importance'];
  return {
    ...(isItemId(v['id']) ? { id: v['id'] } : {}),
    name: v['name'].slice(0, 200),
    functional: v['functional'],
    dysfunctional: v['dysfunctional'],
    importance: isInt(imp) ? imp : null,
  };
}

/**
 * Reads kept choices back (version 1 or 2), only when they were made for the same header row; anything
 * malformed is dropped (the tool then proposes afresh), never trusted. Text from a later version, which
 * this reader cannot know, is left unread as a whole.
 */
export function readSettings(json: string | null, header: readonly string[]): SurveySettings | undefined {
  if (!json) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!isObject(data) || !Array.isArray(data['header']) || !isObject(data['settings'])) return undefined;
  const version = data['version'] ?? 1;
  if (version !== 1 && version !== SETTINGS_VERSION) return undefined;
  const saved = data as unknown as Saved;
  if (saved.header.length !== header.length || saved.header.some((h, i) => h !== header[i])) return undefined;
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
  return out;
}
