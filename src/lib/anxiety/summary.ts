import { type BandId, bandOf } from './bands';
import type { ModelInput } from './inputs';
import { type Breakdown, breakdown, FACTOR_IDS, type FactorId } from './model';
import { roundToTotal } from './rounding';

/** What the page shows for one scenario: whole numbers that add up, and the band. */
export interface Summary {
  /** The index as shown: a whole number from 0 to 100. */
  index: number;
  band: BandId;
  /** Each factor's share of the index as a whole number; they sum to `index`. */
  contributions: Record<FactorId, number>;
  exact: Breakdown;
}

/** Computes a scenario's index, band and rounded contributions. */
export function summarise(input: ModelInput): Summary {
  const exact = breakdown(input);
  const index = Math.round(exact.index);
  const rounded = roundToTotal(
    FACTOR_IDS.map((id) => exact.contributions[id]),
    index,
  );
  const contributions = Object.fromEntries(FACTOR_IDS.map((id, i) => [id, rounded[i] ?? 0])) as Record<
    FactorId,
    number
  >;
  return { index, band: bandOf(index), contributions, exact };
}
