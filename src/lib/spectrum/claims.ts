/** The two essays the grid draws on; full citations are in the text file. */
export type SourceId = 'mcdonald-2012-part-2' | 'mcdonald-2012-part-3';

/** Ideas taken from the essays, each tied to the essay it comes from; wording is ours, in the text file. */
export const CLAIMS = {
  'visible-with-frequency': 'mcdonald-2012-part-2',
  'private-over-time': 'mcdonald-2012-part-2',
  'decisions-and-behaviour': 'mcdonald-2012-part-2',
  'simple-is-direct': 'mcdonald-2012-part-2',
  'rare-is-planned': 'mcdonald-2012-part-2',
  'same-frequency': 'mcdonald-2012-part-2',
  'owners-support-owners': 'mcdonald-2012-part-2',
  'cars-span': 'mcdonald-2012-part-2',
  'anxiety-gap': 'mcdonald-2012-part-3',
  'lunch-versus-investment': 'mcdonald-2012-part-3',
  'community-shapes-experience': 'mcdonald-2012-part-3',
} as const satisfies Record<string, SourceId>;

/** One idea taken from the essays. */
export type ClaimId = keyof typeof CLAIMS;

/** Every claim identifier. */
export const CLAIM_IDS = Object.keys(CLAIMS) as ClaimId[];

/** The essay a claim comes from. */
export function sourceOf(claim: ClaimId): SourceId {
  return CLAIMS[claim];
}
