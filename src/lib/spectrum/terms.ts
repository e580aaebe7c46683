/**
 * The vocabulary the regions are written in. Words for each term are in
 * src/i18n/en/spectrum-grid.ts; the model only deals in these identifiers.
 */

/** The four sources of value (McDonald, Part 2); Part 3 calls the first two intrinsic and extrinsic. */
export const VALUE_SOURCES = ['solve-problem', 'enable-opportunity', 'feel-good', 'look-good'] as const;
/** One source of value. */
export type ValueSource = (typeof VALUE_SOURCES)[number];

/** Where feeling and looking good are experienced: in front of others, privately over time, or both. */
export const VISIBILITIES = ['seen-by-others', 'mixed', 'private-over-time'] as const;
/** One of the visibilities. */
export type Visibility = (typeof VISIBILITIES)[number];

/** Exposure to the anxiety gap between buying and realising value (McDonald, Part 3), least first. */
export const ANXIETY_LEVELS = ['low', 'moderate', 'high'] as const;
/** One level of exposure to the anxiety gap. */
export type AnxietyLevel = (typeof ANXIETY_LEVELS)[number];

/** What a community of customers does for the offering. */
export const COMMUNITY_ROLES = [
  'show', // an audience: being seen with the offering, sharing it, lifestyle
  'recommend', // word of mouth and tips that help the next buyer choose
  'advise', // others' experience informs a planned, rare decision
  'support', // owners help one another get the value after the sale
  'reassure', // people who made the same choice steady each other through the gap
] as const;
/** One role a community can play. */
export type CommunityRole = (typeof COMMUNITY_ROLES)[number];

/** Rank of an anxiety level, 0 for low. */
export function anxietyRank(level: AnxietyLevel): number {
  return ANXIETY_LEVELS.indexOf(level);
}
