import type { ClaimId } from './claims';
import type { Offering } from './offering';
import { pointSpan, spanOf } from './offering';
import type { RegionId } from './regions';

/** Identifiers of the products the essays name as examples. */
export const REFERENCE_IDS = [
  'groceries',
  'snacks',
  'handbags',
  'insurance',
  'major-appliances',
  'financial-services',
  'buying-a-home',
  'cars',
] as const;
/** One reference product. */
export type ReferenceId = (typeof REFERENCE_IDS)[number];

/** Which side of its marker a label is drawn on, so neighbouring labels do not collide. */
export type LabelSide = 'left' | 'right' | 'above' | 'below';

/** A product the essays name, with our approximate placement and why. */
export interface ReferenceProduct {
  id: ReferenceId;
  /** Approximate: the essays give directions (high, low), not numbers. The name is left empty; see the text file. */
  placement: Offering;
  /** The regions the essays' words allow for this product; the placement's middle must be in one. */
  implied: readonly RegionId[];
  /** For a span: regions the essays say it covers; the placement must reach each. */
  reaches: readonly RegionId[];
  /** The ideas from the essays the placement rests on. */
  claims: readonly ClaimId[];
  labelSide: LabelSide;
}

function at(frequency: number, complexity: number): Offering {
  return { name: '', frequency: pointSpan(frequency), complexity: pointSpan(complexity) };
}

/**
 * The reference layer. Groceries and handbags share a frequency, as do insurance and major appliances
 * (Part 2); cars are a span, a rare and complex purchase that is also on show every day (Part 2).
 */
export const REFERENCES: readonly ReferenceProduct[] = [
  {
    id: 'snacks',
    placement: at(9.5, 0.5),
    implied: ['frequent-simple'],
    reaches: [],
    claims: ['simple-is-direct'],
    labelSide: 'left',
  },
  {
    id: 'groceries',
    placement: at(8.5, 1.5),
    implied: ['frequent-simple'],
    reaches: [],
    claims: ['simple-is-direct', 'same-frequency'],
    labelSide: 'left',
  },
  {
    id: 'handbags',
    placement: at(8.5, 2.8),
    implied: ['frequent-simple', 'frequent-involved'],
    reaches: [],
    claims: ['same-frequency', 'visible-with-frequency'],
    labelSide: 'above',
  },
  {
    id: 'insurance',
    placement: at(2, 7.5),
    implied: ['rare-involved', 'rare-complex'],
    reaches: [],
    claims: ['same-frequency', 'rare-is-planned', 'lunch-versus-investment'],
    labelSide: 'right',
  },
  {
    id: 'major-appliances',
    placement: at(2, 5.5),
    implied: ['rare-involved', 'rare-complex'],
    reaches: [],
    claims: ['same-frequency', 'private-over-time'],
    labelSide: 'right',
  },
  {
    id: 'financial-services',
    placement: at(2.5, 9),
    implied: ['rare-complex'],
    reaches: [],
    claims: ['decisions-and-behaviour', 'rare-is-planned', 'private-over-time'],
    labelSide: 'right',
  },
  {
    id: 'buying-a-home',
    placement: at(0.5, 9.7),
    implied: ['rare-complex'],
    reaches: [],
    claims: ['rare-is-planned'],
    labelSide: 'right',
  },
  {
    id: 'cars',
    placement: { name: '', frequency: spanOf(1, 9.5), complexity: spanOf(2.5, 8) },
    implied: ['occasional-involved'],
    reaches: ['rare-complex', 'frequent-simple', 'frequent-involved'],
    claims: ['cars-span', 'lunch-versus-investment'],
    labelSide: 'above',
  },
];

/** The reference product with an identifier. */
export function referenceById(id: ReferenceId): ReferenceProduct | undefined {
  return REFERENCES.find((r) => r.id === id);
}
