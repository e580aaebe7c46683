import * as z from 'zod/mini';
import { cardsSchema } from '../learn/store';
import { ESSAY_ORDER, FUNCTION_IDS } from './functions';
import { LIMITS, PROFILE_TOOLS, QUESTION_IDS } from './model';
import { OWNERSHIP_LIMITS } from './ownership';
import { isPermutation, START_LIMITS, STEP_IDS, STEP_STATUSES } from './start-sequence';

// zod/mini, not astro/zod: the same checks and issues, tree-shaken to what this file uses (the profile's
// bundle carried all of zod classic, about 28 KB gzip). Checks go in `.check(...)`, descriptions as z.describe.

// No generated code: zod's fast path probes `new Function`, which the strict CSP reports as a violation.
z.config({ jitless: true });

/** The value of the file's "format" field. */
export const FILE_FORMAT = 'cx-spectrum-profile';
/**
 * The profile file version this page writes. Version 3 gives every offering and touchpoint an id, and an export
 * carries the reader's review cards in it; version 2 (no ids, no cards) and version 1 (no ownership map, no
 * start sequence) are still read, ids given by position.
 */
export const FILE_VERSION = 3;

// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
const NO_CONTROL = /^[^\u0000-\u001f\u007f]*$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: answers may hold line breaks and tabs, nothing else
const NO_CONTROL_BUT_LINES = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;

const answer = z.string().check(z.maxLength(LIMITS.answer), z.regex(NO_CONTROL_BUT_LINES));
const query = z.string().check(z.maxLength(LIMITS.query), z.regex(NO_CONTROL));

const answersSchema = z.strictObject(
  Object.fromEntries(QUESTION_IDS.map((q) => [q, answer])) as Record<(typeof QUESTION_IDS)[number], typeof answer>,
);
const toolsSchema = z.strictObject(
  Object.fromEntries(PROFILE_TOOLS.map((tool) => [tool, query])) as Record<
    (typeof PROFILE_TOOLS)[number],
    typeof query
  >,
);

const functionId = z.enum(FUNCTION_IDS).check(z.describe('A company function'));
const functionList = z.array(functionId).check(
  z.maxLength(FUNCTION_IDS.length),
  z.refine((xs) => new Set(xs).size === xs.length, { message: 'duplicate' }),
  z.describe('Functions, each at most once'),
);

const itemId = z.string().check(z.regex(/^[a-z0-9]{1,12}$/), z.describe('An id that keeps who the item is'));

const touchpointFields = {
  name: z
    .string()
    .check(
      z.maxLength(OWNERSHIP_LIMITS.name),
      z.regex(NO_CONTROL),
      z.describe('The touchpoint, in the reader’s words'),
    ),
  owner: z.union([functionId, z.literal('')]).check(z.describe('The accountable function, or empty')),
  contributors: functionList.check(z.describe('Functions whose experts contribute')),
  voices: functionList.check(z.describe('Functions that speak for it on social channels')),
};

const touchpointSchemaV2 = z
  .strictObject(touchpointFields)
  .check(z.describe('One customer touchpoint of the ownership map, version 2'));

const touchpointSchema = z
  .strictObject({ id: itemId, ...touchpointFields })
  .check(z.describe('One customer touchpoint of the ownership map'));

const stepSchema = z.strictObject({
  status: z.enum(STEP_STATUSES).check(z.describe('How far the step has got')),
  notes: z
    .string()
    .check(z.maxLength(START_LIMITS.notes), z.regex(NO_CONTROL_BUT_LINES), z.describe('The reader’s notes')),
});

const startSchema = z
  .strictObject({
    order: z
      .array(z.enum(ESSAY_ORDER))
      .check(
        z.length(ESSAY_ORDER.length),
        z.refine(isPermutation, { message: 'not a permutation' }),
        z.describe('The five functions of the essay’s sequence, in the reader’s order'),
      ),
    why: z.string().check(z.maxLength(START_LIMITS.notes), z.regex(NO_CONTROL_BUT_LINES), z.describe('Why this order')),
    steps: z
      .strictObject(
        Object.fromEntries(STEP_IDS.map((id) => [id, stepSchema])) as Record<
          (typeof STEP_IDS)[number],
          typeof stepSchema
        >,
      )
      .check(z.describe('The six steps of the corporate framework')),
  })
  .check(z.describe('The start sequence'));

const offeringFields = {
  name: z.string().check(z.maxLength(LIMITS.name), z.regex(NO_CONTROL)),
  answers: answersSchema,
  tools: toolsSchema,
};

/** One offering in a version 1 file: strict, every field required, every string limited. */
export const offeringSchemaV1 = z.strictObject(offeringFields).check(z.describe('An offering, version 1'));

/** One offering in a version 2 file: version 1's fields plus the ownership map and the start sequence. */
export const offeringSchemaV2 = z
  .strictObject({
    ...offeringFields,
    ownership: z
      .array(touchpointSchemaV2)
      .check(z.maxLength(OWNERSHIP_LIMITS.touchpoints), z.describe('The ownership map')),
    start: startSchema,
  })
  .check(z.describe('An offering, version 2'));

/** One offering in a version 3 file: an id, version 2's fields, and an id on every touchpoint. */
export const offeringSchema = z
  .strictObject({
    id: itemId,
    ...offeringFields,
    ownership: z
      .array(touchpointSchema)
      .check(z.maxLength(OWNERSHIP_LIMITS.touchpoints), z.describe('The ownership map')),
    start: startSchema,
  })
  .check(z.describe('An offering, version 3'));

const current = z.int().check(z.minimum(0), z.maximum(LIMITS.offerings - 1));

/** A version 1 file, still read: offerings without an ownership map or a start sequence. */
export const fileSchemaV1 = z.strictObject({
  format: z.literal(FILE_FORMAT),
  version: z.literal(1),
  current,
  offerings: z.array(offeringSchemaV1).check(z.minLength(1), z.maxLength(LIMITS.offerings)),
});

/** A version 2 file, still read: offerings and touchpoints without ids. */
export const fileSchemaV2 = z.strictObject({
  format: z.literal(FILE_FORMAT),
  version: z.literal(2),
  current,
  offerings: z.array(offeringSchemaV2).check(z.minLength(1), z.maxLength(LIMITS.offerings)),
});

/**
 * A whole profile file as this page writes it: storage keeps it without cards, an export adds the review cards.
 * Tool states are checked afterwards by each tool's codec.
 */
export const fileSchema = z.strictObject({
  format: z.literal(FILE_FORMAT),
  version: z.literal(FILE_VERSION),
  current,
  offerings: z.array(offeringSchema).check(z.minLength(1), z.maxLength(LIMITS.offerings)),
  cards: z.optional(cardsSchema.check(z.describe('The reader’s review cards, by question id'))),
});

/** What the version 1 schema reads a file into. */
export type ProfileFileV1 = z.infer<typeof fileSchemaV1>;

/** What the version 2 schema reads a file into. */
export type ProfileFileV2 = z.infer<typeof fileSchemaV2>;

/** What the schema reads a file into. */
export type ProfileFile = z.infer<typeof fileSchema>;
