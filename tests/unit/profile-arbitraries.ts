import fc from 'fast-check';
import { ANSWERS } from '../../src/lib/kano/answers';
import { ESSAY_ORDER, FUNCTION_IDS, type FunctionId } from '../../src/lib/profile/functions';
import {
  LIMITS,
  PROFILE_TOOLS,
  type Profile,
  type ProfileOffering,
  type ProfileTool,
} from '../../src/lib/profile/model';
import { OWNERSHIP_LIMITS, type Touchpoint } from '../../src/lib/profile/ownership';
import {
  START_LIMITS,
  STEP_IDS,
  STEP_STATUSES,
  type StartSequence,
  type StartStep,
  type StepId,
} from '../../src/lib/profile/start-sequence';
import { encodeTool } from '../../src/lib/profile/tool-state';
import { MAX_OFFERING_LENGTH } from '../../src/lib/quiz/codec';
import type { Agreement, Answers } from '../../src/lib/quiz/scoring';
import { STATEMENTS } from '../../src/lib/quiz/statements';
import { MAX_NAME_LENGTH, MAX_OFFERINGS, spanOf } from '../../src/lib/spectrum/offering';
import { state as anxietyState } from './anxiety-arbitraries';

/** Plain text a reader could type on one line: trimmed, no control characters, at most `max` UTF-16 units. */
export function line(max: number): fc.Arbitrary<string> {
  return (
    fc
      .string({ unit: 'grapheme', maxLength: max })
      // biome-ignore lint/suspicious/noControlCharactersInRegex: excluding control characters is the point
      .map((s) => s.replace(/[\u0000-\u001f\u007f]/g, '').trim())
      .filter((s) => s.length <= max)
  );
}

/** Text for a text area: line breaks and tabs allowed, other control characters not. */
const answerText = fc
  .array(fc.oneof(line(60), fc.constantFrom('\n', '\t', '\r\n', ' ')), { maxLength: 12 })
  .map((parts) => parts.join(''))
  .filter((s) => s.length <= LIMITS.answer);

const score = fc.integer({ min: 0, max: 100 }).map((n) => n / 10);
const span = fc.tuple(score, score).map(([a, b]) => spanOf(a, b));

/** Any valid state of each tool, as its codec writes it. */
export const toolQuery: { [K in ProfileTool]: fc.Arbitrary<string> } = {
  'spectrum-grid': fc
    .record({
      offerings: fc
        .array(fc.record({ name: line(MAX_NAME_LENGTH), frequency: span, complexity: span }), {
          maxLength: MAX_OFFERINGS,
        })
        .map((os) => os.map((o, i) => ({ id: String(i + 1), ...o }))),
      selected: fc.nat({ max: MAX_OFFERINGS - 1 }),
      showReferences: fc.boolean(),
    })
    .map((s) =>
      encodeTool('spectrum-grid', { ...s, selected: s.offerings.length === 0 ? 0 : s.selected % s.offerings.length }),
    ),
  'value-quiz': fc
    .record({
      offering: line(MAX_OFFERING_LENGTH),
      answers: fc.dictionary(
        fc.constantFrom(...STATEMENTS.map((s) => s.id)),
        fc.constantFrom<Agreement>(1, 2, 3, 4, 5),
      ) as fc.Arbitrary<Answers>,
      frequency: fc.option(score, { nil: null }),
      complexity: fc.option(score, { nil: null }),
    })
    .map((s) => encodeTool('value-quiz', s)),
  kano: fc
    .record({
      mode: fc.constantFrom('single' as const, 'survey' as const),
      feature: line(120),
      functional: fc.constantFrom('' as const, ...ANSWERS),
      dysfunctional: fc.constantFrom('' as const, ...ANSWERS),
    })
    .map((s) => encodeTool('kano', s)),
  'anxiety-gap': anxietyState.map((s) => encodeTool('anxiety-gap', s)),
};

/** A set of functions as the map keeps it: each at most once, in FUNCTION_IDS order. */
const functionSet: fc.Arbitrary<FunctionId[]> = fc
  .subarray([...FUNCTION_IDS])
  .map((xs) => FUNCTION_IDS.filter((id) => xs.includes(id)));

/** Any touchpoint a reader could fill in. */
export const touchpointArb: fc.Arbitrary<Touchpoint> = fc.record({
  name: line(OWNERSHIP_LIMITS.name),
  owner: fc.constantFrom('' as const, ...FUNCTION_IDS),
  contributors: functionSet,
  voices: functionSet,
});

/** Ids as a tab makes them or as they are given on read (positions). */
export const itemIdArb = fc.oneof(fc.stringMatching(/^[a-z0-9]{4}$/), fc.constantFrom('1', '2', '3'));

/** `items` each given an id, no two alike within the list. */
export function withUniqueIds<T extends object>(
  items: fc.Arbitrary<T[]>,
  max: number,
): fc.Arbitrary<(T & { id: string })[]> {
  return fc
    .tuple(items, fc.uniqueArray(itemIdArb, { minLength: max, maxLength: max }))
    .map(([xs, ids]) => xs.map((x, i) => ({ id: ids[i] ?? `z${i}`, ...x })));
}

/** Any ownership map: up to the limit of touchpoints, each with its id. */
export const ownershipArb = withUniqueIds(
  fc.array(touchpointArb, { maxLength: OWNERSHIP_LIMITS.touchpoints }),
  OWNERSHIP_LIMITS.touchpoints,
);

const notes = answerText.filter((s) => s.length <= START_LIMITS.notes);

/** Any start sequence: a permutation of the essay's functions, a reason, and the six steps. */
export const startArb: fc.Arbitrary<StartSequence> = fc.record({
  order: fc.shuffledSubarray([...ESSAY_ORDER], { minLength: ESSAY_ORDER.length, maxLength: ESSAY_ORDER.length }),
  why: notes,
  steps: fc.record(
    Object.fromEntries(
      STEP_IDS.map((id) => [id, fc.record({ status: fc.constantFrom(...STEP_STATUSES), notes })]),
    ) as Record<StepId, fc.Arbitrary<StartStep>>,
  ),
});

/** Any offering a reader could build: a name, four answers, and each tool either empty or a valid state. */
export const offering: fc.Arbitrary<ProfileOffering> = fc.record({
  name: line(LIMITS.name),
  answers: fc.record({ frequency: answerText, complexity: answerText, value: answerText, realise: answerText }),
  tools: fc.record(
    Object.fromEntries(PROFILE_TOOLS.map((t) => [t, fc.oneof(fc.constant(''), toolQuery[t])])) as {
      [K in ProfileTool]: fc.Arbitrary<string>;
    },
  ),
  ownership: ownershipArb,
  start: startArb,
});

/** Any valid profile: one to three offerings and one of them shown. */
export const profile: fc.Arbitrary<Profile> = fc
  .tuple(
    withUniqueIds(fc.array(offering, { minLength: 1, maxLength: LIMITS.offerings }), LIMITS.offerings),
    fc.nat({ max: LIMITS.offerings - 1 }),
  )
  .map(([offerings, current]) => ({ offerings, current: current % offerings.length }));
