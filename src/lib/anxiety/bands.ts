/** Named bands of the index, each from its lower bound up to the next band's. */
export const BANDS = [
  { id: 'low', from: 0 },
  { id: 'moderate', from: 20 },
  { id: 'marked', from: 40 },
  { id: 'high', from: 60 },
  { id: 'severe', from: 80 },
] as const;

/** One of the band ids. */
export type BandId = (typeof BANDS)[number]['id'];

/** The band an index (as shown, a whole number) falls in. */
export function bandOf(index: number): BandId {
  let found: BandId = 'low';
  for (const band of BANDS) if (index >= band.from) found = band.id;
  return found;
}
