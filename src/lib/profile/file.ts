import type { ReviewCard } from '../learn/schedule';
import { guardedParse, MAX_DEPTH } from './json-guard';
import { PROFILE_TOOLS, type Profile, type ProfileOffering } from './model';
import type { Touchpoint } from './ownership';
import type { ProfileProblem } from './problems';
import {
  FILE_FORMAT,
  FILE_VERSION,
  fileSchema,
  fileSchemaV1,
  fileSchemaV3,
  PLAIN_VERSION,
  type ProfileFile,
  type ProfileFileV1,
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
 * The outcome of reading a profile file: the profile and the review cards it carries (none before
 * version 3), or every problem that stopped it (as codes).
 */
export type ReadResult = { ok: true; profile: Profile; cards: FileCards } | { ok: false; problems: ProfileProblem[] };

/** The profile as the object a file holds: format, version, the offering shown and the offerings. */
export function toFile(p: Profile): ProfileFile {
  return {
    format: FILE_FORMAT,
    version: PLAIN_VERSION,
    current: p.current,
    offerings: p.offerings.map((o) => ({
      name: o.name,
      answers: { ...o.answers },
      tools: { ...o.tools },
      ownership: copyOwnership(o.ownership),
      start: copyStart(o.start),
    })),
  };
}

function copyOwnership(map: readonly Touchpoint[]): Touchpoint[] {
  return map.map((t) => ({ name: t.name, owner: t.owner, contributors: [...t.contributors], voices: [...t.voices] }));
}

function copyStart(s: StartSequence): StartSequence {
  const steps = Object.fromEntries(STEP_IDS.map((id) => [id, { ...s.steps[id] }])) as StartSequence['steps'];
  return { order: [...s.order], why: s.why, steps };
}

/** A version 1 file read as version 2: each offering gains an empty ownership map and the essay's start sequence. */
function upgradeV1(v1: ProfileFileV1): ProfileFile {
  return {
    format: v1.format,
    version: PLAIN_VERSION,
    current: v1.current,
    offerings: v1.offerings.map((o) => ({ ...o, ownership: [], start: emptyStart() })),
  };
}

/**
 * The profile as file text: indented JSON, the same form export writes and storage keeps. With review
 * cards (an export) it is a version 3 file; without, version 2.
 */
export function serialiseProfile(p: Profile, cards: FileCards = {}): string {
  const ids = Object.keys(cards).sort();
  const file =
    ids.length === 0
      ? toFile(p)
      : { ...toFile(p), version: 3, cards: Object.fromEntries(ids.map((id) => [id, cards[id]])) };
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
  const offerings = file.offerings.map((o, i) => {
    const tools = { ...o.tools };
    for (const tool of PROFILE_TOOLS) {
      const checked = checkToolQuery(tool, o.tools[tool]);
      if (checked.ok) tools[tool] = checked.query;
      else
        problems.push(...checked.problems.map((problem) => ({ code: 'offering-tool', offering: i, problem }) as const));
    }
    return {
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
    const version = parsed.value['version'];
    const result =
      version === 1
        ? fileSchemaV1.safeParse(parsed.value, { reportInput: true })
        : version === 3
          ? fileSchemaV3.safeParse(parsed.value, { reportInput: true })
          : fileSchema.safeParse(parsed.value, { reportInput: true });
    if (!result.success) return refuse(result.error.issues.map((issue) => ({ code: 'schema', issue })));
    const data = result.data;
    const cards: FileCards = data.version === 3 ? data.cards : {};
    const file: ProfileFile =
      data.version === 1
        ? upgradeV1(data)
        : { format: data.format, version: PLAIN_VERSION, current: data.current, offerings: data.offerings };
    if (file.current >= file.offerings.length) return refuse([{ code: 'bad-current' }]);
    const { offerings, problems } = checkTools(file);
    if (problems.length > 0) return refuse(problems);
    return { ok: true, profile: { current: file.current, offerings }, cards };
  } catch {
    return refuse([{ code: 'generic' }]);
  }
}
