import { z } from 'astro/zod';
import { LIMITS, PROFILE_TOOLS, QUESTION_IDS } from './model';

// No generated code: zod's fast path probes `new Function`, which the strict CSP reports as a violation.
z.config({ jitless: true });

/** The value of the file's "format" field. */
export const FILE_FORMAT = 'cx-spectrum-profile';
/** The profile file version this page writes and reads. */
export const FILE_VERSION = 1;

// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
const NO_CONTROL = /^[^\u0000-\u001f\u007f]*$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: answers may hold line breaks and tabs, nothing else
const NO_CONTROL_BUT_LINES = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;

const answer = z.string().max(LIMITS.answer).regex(NO_CONTROL_BUT_LINES);
const query = z.string().max(LIMITS.query).regex(NO_CONTROL);

const answersSchema = z.strictObject(
  Object.fromEntries(QUESTION_IDS.map((q) => [q, answer])) as Record<(typeof QUESTION_IDS)[number], typeof answer>,
);
const toolsSchema = z.strictObject(
  Object.fromEntries(PROFILE_TOOLS.map((tool) => [tool, query])) as Record<
    (typeof PROFILE_TOOLS)[number],
    typeof query
  >,
);

/** One offering in a file: strict, every field required, every string limited. */
export const offeringSchema = z.strictObject({
  name: z.string().max(LIMITS.name).regex(NO_CONTROL),
  answers: answersSchema,
  tools: toolsSchema,
});

/** A whole profile file. Tool states are checked afterwards by each tool's codec. */
export const fileSchema = z.strictObject({
  format: z.literal(FILE_FORMAT),
  version: z.literal(FILE_VERSION),
  current: z
    .int()
    .min(0)
    .max(LIMITS.offerings - 1),
  offerings: z.array(offeringSchema).min(1).max(LIMITS.offerings),
});

/** What the schema reads a file into. */
export type ProfileFile = z.infer<typeof fileSchema>;
