import {
  bandIndex,
  bandsReached,
  COMPLEXITY_BANDS,
  type ComplexityBand,
  FREQUENCY_BANDS,
  type FrequencyBand,
} from './bands';
import type { ClaimId } from './claims';
import type { Offering } from './offering';
import { middle } from './offering';
import type { AnxietyLevel, CommunityRole, ValueSource, Visibility } from './terms';

/** A region of the plane (one third of each axis) and what a position there tends to imply. */
export interface Region {
  id: RegionId;
  frequency: FrequencyBand;
  complexity: ComplexityBand;
  /** Sources of value, the ones that tend to dominate first. */
  value: readonly [ValueSource, ValueSource, ValueSource, ValueSource];
  /** Where feeling and looking good are experienced. */
  visibility: Visibility;
  /** Exposure to the anxiety gap. */
  anxiety: AnxietyLevel;
  /** What a community of customers does here, the main role first. */
  community: readonly CommunityRole[];
  /** The ideas from the essays this reading rests on. */
  claims: readonly ClaimId[];
}

/** A region's identifier: its frequency third, a hyphen, its complexity third. */
export type RegionId = `${FrequencyBand}-${ComplexityBand}`;

const VISIBLE = ['visible-with-frequency'] as const;
const GAP = ['anxiety-gap', 'lunch-versus-investment'] as const;

/** What a region implies, before its position is attached. */
type Reading = Omit<Region, 'id' | 'frequency' | 'complexity'>;

/**
 * The rules, as data. Two trends from Part 2 order the sources of value: the more often an offering
 * is met, the more its value is what others see; the rarer and more complex, the more feeling and
 * looking good are private and slow. Part 3 sets the anxiety: the longer and larger the gap between
 * buying and value, the more anxiety; we read "longer and larger" as rarer and more complex.
 */
const RULES: Record<RegionId, Reading> = {
  'frequent-simple': {
    value: ['look-good', 'feel-good', 'solve-problem', 'enable-opportunity'],
    visibility: 'seen-by-others',
    anxiety: 'low',
    community: ['show', 'recommend'],
    claims: [...VISIBLE, 'simple-is-direct', 'same-frequency', 'lunch-versus-investment'],
  },
  'frequent-involved': {
    value: ['look-good', 'feel-good', 'enable-opportunity', 'solve-problem'],
    visibility: 'seen-by-others',
    anxiety: 'low',
    community: ['show', 'support'],
    claims: [...VISIBLE, 'anxiety-gap', 'owners-support-owners'],
  },
  'frequent-complex': {
    value: ['feel-good', 'look-good', 'enable-opportunity', 'solve-problem'],
    visibility: 'mixed',
    anxiety: 'moderate',
    community: ['support', 'show'],
    claims: [...VISIBLE, 'decisions-and-behaviour', 'anxiety-gap', 'owners-support-owners'],
  },
  'occasional-simple': {
    value: ['solve-problem', 'feel-good', 'look-good', 'enable-opportunity'],
    visibility: 'mixed',
    anxiety: 'low',
    community: ['recommend', 'show'],
    claims: [...VISIBLE, 'simple-is-direct', 'anxiety-gap'],
  },
  'occasional-involved': {
    value: ['solve-problem', 'enable-opportunity', 'feel-good', 'look-good'],
    visibility: 'mixed',
    anxiety: 'moderate',
    community: ['recommend', 'support'],
    claims: [...VISIBLE, ...GAP, 'community-shapes-experience'],
  },
  'occasional-complex': {
    value: ['enable-opportunity', 'solve-problem', 'feel-good', 'look-good'],
    visibility: 'private-over-time',
    anxiety: 'high',
    community: ['support', 'reassure'],
    claims: ['decisions-and-behaviour', 'private-over-time', ...GAP, 'owners-support-owners'],
  },
  'rare-simple': {
    value: ['solve-problem', 'feel-good', 'enable-opportunity', 'look-good'],
    visibility: 'private-over-time',
    anxiety: 'moderate',
    community: ['advise', 'reassure'],
    claims: ['rare-is-planned', 'anxiety-gap', 'community-shapes-experience'],
  },
  'rare-involved': {
    value: ['solve-problem', 'enable-opportunity', 'feel-good', 'look-good'],
    visibility: 'private-over-time',
    anxiety: 'high',
    community: ['advise', 'reassure', 'support'],
    claims: ['rare-is-planned', 'private-over-time', 'same-frequency', ...GAP, 'community-shapes-experience'],
  },
  'rare-complex': {
    value: ['enable-opportunity', 'solve-problem', 'feel-good', 'look-good'],
    visibility: 'private-over-time',
    anxiety: 'high',
    community: ['reassure', 'support', 'advise'],
    claims: ['decisions-and-behaviour', 'private-over-time', 'rare-is-planned', ...GAP, 'community-shapes-experience'],
  },
};

/** Every region, frequent first and simple first within each frequency (reading order of the plane). */
export const REGIONS: readonly Region[] = [...FREQUENCY_BANDS]
  .reverse()
  .flatMap((frequency) => COMPLEXITY_BANDS.map((complexity) => regionFor(frequency, complexity)));

/** Every region identifier, in the order of REGIONS. */
export const REGION_IDS: readonly RegionId[] = REGIONS.map((r) => r.id);

/** The region for a pair of thirds. */
export function regionFor(frequency: FrequencyBand, complexity: ComplexityBand): Region {
  const id: RegionId = `${frequency}-${complexity}`;
  return { id, frequency, complexity, ...RULES[id] };
}

/** The region a point of the plane falls in. */
export function regionAt(frequency: number, complexity: number): Region {
  return regionFor(FREQUENCY_BANDS[bandIndex(frequency)], COMPLEXITY_BANDS[bandIndex(complexity)]);
}

/** The region an offering's middle falls in: its main reading. */
export function regionOf(o: Offering): Region {
  return regionAt(middle(o.frequency), middle(o.complexity));
}

/** Every region an offering reaches, in the order of REGIONS; one for a point. */
export function regionsReached(o: Offering): Region[] {
  const fs = bandsReached(o.frequency).map((i) => FREQUENCY_BANDS[i]);
  const cs = bandsReached(o.complexity).map((i) => COMPLEXITY_BANDS[i]);
  return REGIONS.filter((r) => fs.includes(r.frequency) && cs.includes(r.complexity));
}
