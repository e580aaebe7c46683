import { newItemId, positionId, type RandomSource } from '../state/ids';
import { TOOL_IDS, type ToolId } from '../tools';
import type { Touchpoint } from './ownership';
import { emptyStart, type StartSequence } from './start-sequence';

export { clip } from '../strings';

/** The four questions of the essay, by id: frequency, complexity, how value is made, how it is realised. */
export const QUESTION_IDS = ['frequency', 'complexity', 'value', 'realise'] as const;

/** One of the four questions. */
export type QuestionId = (typeof QUESTION_IDS)[number];

/** The tools whose state a profile keeps (every registered tool), in the order the page shows them. */
export const PROFILE_TOOLS = TOOL_IDS;

/** One of the tools a profile keeps. */
export type ProfileTool = ToolId;

/** Limits of a profile; the file schema enforces the same. */
export const LIMITS = {
  offerings: 3,
  name: 80,
  answer: 500,
  /** A tool's state as a URL query string; the largest valid one is well under this. */
  query: 6000,
} as const;

/** The reader's answers to the four questions, in their own words. */
export type ProfileAnswers = Record<QuestionId, string>;

/** Each tool's state as its URL query string; '' when nothing was taken from that tool. */
export type ProfileTools = Record<ProfileTool, string>;

/** One offering: its name, the four answers, every tool's state, its ownership map and its start sequence. */
export interface ProfileOffering {
  /** Who the offering is, whatever its place in the list: a change in another tab finds it by this. */
  id?: string;
  name: string;
  answers: ProfileAnswers;
  tools: ProfileTools;
  /** Who owns, contributes to and speaks for each customer touchpoint. */
  ownership: Touchpoint[];
  /** Where to start: the functions in the reader's order and the six steps. */
  start: StartSequence;
}

/** A whole profile: one to three offerings and which one is shown. */
export interface Profile {
  current: number;
  offerings: ProfileOffering[];
}

/** An offering with nothing filled in. */
export function emptyOffering(): ProfileOffering {
  return {
    name: '',
    answers: { frequency: '', complexity: '', value: '', realise: '' },
    tools: Object.fromEntries(PROFILE_TOOLS.map((tool) => [tool, ''])) as ProfileTools,
    ownership: [],
    start: emptyStart(),
  };
}

/** A profile with one empty offering (known by its position, as a profile read from a file without ids). */
export function emptyProfile(): Profile {
  return { current: 0, offerings: [{ id: positionId(0), ...emptyOffering() }] };
}

/** The offering shown (the first when `current` is out of range). */
export function currentOffering(p: Profile): ProfileOffering {
  return p.offerings[p.current] ?? p.offerings[0] ?? emptyOffering();
}

/** Replaces the offering shown. */
export function updateCurrent(p: Profile, fn: (o: ProfileOffering) => ProfileOffering): Profile {
  const at = p.offerings[p.current] ? p.current : 0;
  return { ...p, offerings: p.offerings.map((o, i) => (i === at ? fn(o) : o)) };
}

/** Adds an empty offering (with a new id drawn from `random`) and shows it; unchanged at the limit. */
export function addOffering(p: Profile, random: RandomSource): Profile {
  if (p.offerings.length >= LIMITS.offerings) return p;
  const taken = p.offerings.map((o, i) => o.id ?? positionId(i));
  const added = { id: newItemId(random, taken), ...emptyOffering() };
  return { current: p.offerings.length, offerings: [...p.offerings, added] };
}

/** Removes the offering shown; the last one left is emptied instead. */
export function removeCurrent(p: Profile): Profile {
  if (p.offerings.length <= 1) return emptyProfile();
  const offerings = p.offerings.filter((_, i) => i !== p.current);
  return { current: Math.min(p.current, offerings.length - 1), offerings };
}

/** Shows another offering; out-of-range indexes are ignored. */
export function showOffering(p: Profile, index: number): Profile {
  return index >= 0 && index < p.offerings.length && Number.isInteger(index) ? { ...p, current: index } : p;
}

/** The name an offering is shown under: its own, or "Offering 2". */
export function offeringLabel(o: ProfileOffering, index: number, unnamed: (n: number) => string): string {
  const name = o.name.trim();
  return name === '' ? unnamed(index + 1) : name;
}
