import type { ReviewCard } from '../learn/schedule';
import { idsOnRead, positionId } from '../state/ids';
import { guardedParse, MAX_DEPTH } from './json-guard';
import { PROFILE_TOOLS, type Profile, type ProfileOffering } from './model';
import type { Touchpoint } from './ownership';
import type { ProfileProblem } from './problems';
import {
  FILE_FORMAT,
  FILE_VERSION,
  fileSchema,
  fileSchemaV1,
  fileSchemaV2,
  type ProfileFile,
  type ProfileFileV1,
  type ProfileFileV2,
} from './schema';
import { emptyStart, STEP_IDS, type StartSequence } from './start-sequence';
import { checkToolQuery } from './tool-state';

/** Files larger than this (in bytes, or characters once read) are refused before parsing. */
export const MAX_FILE_BYTES = 512 * 1024;
/** At most this many problems are listed; the rest are counted. */
export const MAX_PROBLEMS = 6;

/** Review cards by question id, as a file keeps them. */
export type FileCards = Record<string, ReviewCard>;

/**
 * The outcome of reading a profile file: the profile and the review cards it carries (an export may carry
 * them from version 3), or every problem that stopped it (as codes).
 */
export type ReadResult = { ok: true; profile: Profile; cards: FileCards } | { ok: false; problems: ProfileProblem[] };

/** The profile as the object a file holds: format, version, the offering shown and the offerings. */
export function toFile(p: Profile): ProfileFile {
  return {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    current: p.current,
    offerings: p.offerings.map((o, i) => ({
      id: o.id ?? positionId(i),
      name: o.name,
      answers: { ...o.answers },
      tools: { ...o.tools },
      ownership: copyOwnership(o.ownership),
      start: copyStart(o.start),
    })),
  };
}

/** The touchpoints copied, each with its id (its position when it has none). */
function copyOwnership(map: readonly Touchpoint[]): (Touchpoint & { id: string })[] {
  const ids = idsOnRead(
    map.map((t) => t.id),
    map.length,
  );
  return map.map((t, i) => ({
    id: ids[i] ?? positionId(i),
    name: t.name,
    owner: t.owner,
    contributors: [...t.contributors],
    voices: [...t.voices],
  }));
}

function copyStart(s: StartSequence): StartSequence {
  const steps = Object.fromEntries(STEP_IDS.map((id) => [id, { ...s.steps[id] }])) as StartSequence['steps'];
  return { order: [...s.order], why: s.why, steps };
}

/** A version 1 file read as version 3: each offering gains its position as id, an empty ownership map and the essay's start sequence. */
function upgradeV1(v1: ProfileFileV1): ProfileFile {
  return {
    format: v1.format,
    version: FILE_VERSION,
    current: v1.current,
    offerings: v1.offerings.map((o, i) => ({ id: positionId(i), ...o, ownership: [], start: emptyStart() })),
  };
}

/** A version 2 file read as version 3: offerings and touchpoints are given their positions as ids. */
function upgradeV2(v2: ProfileFileV2): ProfileFile {
  return {
    format: v2.format,
    version: FILE_VERSION,
    current: v2.current,
    offerings: v2.offerings.map((o, i) => ({
      id: positionId(i),
      ...o,
      ownership: o.ownership.map((t, j) => ({ id: positionId(j), ...t })),
    })),
  };
}

/** Reads the file's version with its own schema and brings it up to the current one. */
function parseVersioned(value: Record<string, unknown>) {
  const opts = { reportInput: true } as const;
  if (value['version'] === 1) {
    const r = fileSchemaV1.safeParse(value, opts);
    return r.success ? { success: true as const, data: upgradeV1(r.data) } : r;
  }
  if (value['version'] === 2) {
    const r = fileSchemaV2.safeParse(value, opts);
    return r.success ? { success: true as const, data: upgradeV2(r.data) } : r;
  }
  return fileSchema.safeParse(value, opts);
}

/**
 * The profile as file text: indented JSON, the same form export writes and storage keeps. An export passes the
 * reader's review cards, which the file then carries; storage keeps the profile without them.
 */
export function serialiseProfile(p: Profile, cards: FileCards = {}): string {
  const sorted = Object.entries(cards).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const file: ProfileFile = sorted.length === 0 ? toFile(p) : { ...toFile(p), cards: Object.fromEntries(sorted) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function refuse(problems: ProfileProblem[]): ReadResult {
  const shown = problems.slice(0, MAX_PROBLEMS);
  if (problems.length > MAX_PROBLEMS) shown.push({ code: 'more', count: problems.length - MAX_PROBLEMS });
  return { ok: false, problems: shown };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Format and version first, so an old or foreign file gets the one message that explains it. */
function headerProblem(v: Record<string, unknown>): ProfileProblem | undefined {
  if (v['format'] !== FILE_FORMAT) return { code: 'wrong-format' };
  const version = v['version'];
  if (typeof version === 'number' && Number.isInteger(version) && version > FILE_VERSION) {
    return { code: 'newer-version', version, supported: FILE_VERSION };
  }
  return undefined;
}

/** Checks every tool state with its codec; returns the offerings with canonical queries, or the problems. */
function checkTools(file: ProfileFile): { offerings: ProfileOffering[]; problems: ProfileProblem[] } {
  const problems: ProfileProblem[] = [];
  const ids = idsOnRead(
    file.offerings.map((o) => o.id),
    file.offerings.length,
  );
  const offerings = file.offerings.map((o, i) => {
    const tools = { ...o.tools };
    for (const tool of PROFILE_TOOLS) {
      const checked = checkToolQuery(tool, o.tools[tool]);
      if (checked.ok) tools[tool] = checked.query;
      else
        problems.push(...checked.problems.map((problem) => ({ code: 'offering-tool', offering: i, problem }) as const));
    }
    return {
      id: ids[i] ?? positionId(i),
      name: o.name,
      answers: { ...o.answers },
      tools,
      ownership: copyOwnership(o.ownership),
      start: copyStart(o.start),
    };
  });
  return { offerings, problems };
}

/**
 * Reads a profile file, refusing the whole file on any problem: too large, not JSON, nested too
 * deep, a forbidden key, a field of the wrong type or length, an unknown field, or a tool state
 * that its codec cannot read without a notice. Never throws; nothing it returns is markup.
 */
export function readProfileFile(text: string): ReadResult {
  try {
    if (text.length > MAX_FILE_BYTES) return refuse([{ code: 'too-large', size: text.length, max: MAX_FILE_BYTES }]);
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    if (body.trim() === '') return refuse([{ code: 'empty' }]);
    const parsed = guardedParse(body);
    if (!parsed.ok) {
      if (parsed.reason === 'forbidden-key') return refuse([{ code: 'forbidden-key', key: parsed.key }]);
      return refuse([parsed.reason === 'too-deep' ? { code: 'too-deep', max: MAX_DEPTH } : { code: 'not-json' }]);
    }
    if (!isRecord(parsed.value)) return refuse([{ code: 'not-object' }]);
    const header = headerProblem(parsed.value);
    if (header !== undefined) return refuse([header]);
    const result = parseVersioned(parsed.value);
    if (!result.success) return refuse(result.error.issues.map((issue) => ({ code: 'schema', issue })));
    const file = result.data;
    const cards: FileCards = file.cards ?? {};
    if (file.current >= file.offerings.length) return refuse([{ code: 'bad-current' }]);
    const { offerings, problems } = checkTools(file);
    if (problems.length > 0) return refuse(problems);
    return { ok: true, profile: { current: file.current, offerings }, cards };
  } catch {
    return refuse([{ code: 'generic' }]);
  }
}
