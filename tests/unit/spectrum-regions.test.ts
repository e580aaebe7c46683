import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BAND_CUTS, bandIndex, bandsReached, COMPLEXITY_BANDS, FREQUENCY_BANDS } from '../../src/lib/spectrum/bands';
import { CLAIM_IDS } from '../../src/lib/spectrum/claims';
import { newOffering, spanOf } from '../../src/lib/spectrum/offering';
import { REGION_IDS, REGIONS, regionAt, regionFor, regionOf, regionsReached } from '../../src/lib/spectrum/regions';
import { anxietyRank, VALUE_SOURCES } from '../../src/lib/spectrum/terms';

const score = fc.integer({ min: 0, max: 100 }).map((n) => n / 10);

// One row per region: a point inside it, then the reading the essays lead to there.
// lead = the two sources of value that should come first; anxiety = exposure to the gap; role = main community role.
const RULES = [
  ['frequent-simple', 9, 1, ['look-good', 'feel-good'], 'seen-by-others', 'low', 'show'],
  ['frequent-involved', 8, 5, ['look-good', 'feel-good'], 'seen-by-others', 'low', 'show'],
  ['frequent-complex', 8, 9, ['feel-good', 'look-good'], 'mixed', 'moderate', 'support'],
  ['occasional-simple', 5, 1, ['solve-problem', 'feel-good'], 'mixed', 'low', 'recommend'],
  ['occasional-involved', 5, 5, ['solve-problem', 'enable-opportunity'], 'mixed', 'moderate', 'recommend'],
  ['occasional-complex', 5, 9, ['enable-opportunity', 'solve-problem'], 'private-over-time', 'high', 'support'],
  ['rare-simple', 1, 1, ['solve-problem', 'feel-good'], 'private-over-time', 'moderate', 'advise'],
  ['rare-involved', 1, 5, ['solve-problem', 'enable-opportunity'], 'private-over-time', 'high', 'advise'],
  ['rare-complex', 1, 9, ['enable-opportunity', 'solve-problem'], 'private-over-time', 'high', 'reassure'],
] as const;

describe('regions: one rule per region', () => {
  it.each(RULES)(
    '%s at (%d, %d): leads with %j, %s, anxiety %s, community %s',
    (id, f, c, lead, vis, anxiety, role) => {
      const r = regionAt(f, c);
      expect(r.id).toBe(id);
      expect(r.value.slice(0, 2)).toEqual(lead);
      expect(r.visibility).toBe(vis);
      expect(r.anxiety).toBe(anxiety);
      expect(r.community[0]).toBe(role);
    },
  );

  it('covers all nine regions exactly once, each citing at least one idea from the essays', () => {
    expect(new Set(REGION_IDS).size).toBe(9);
    expect(RULES.map((r) => r[0]).sort()).toEqual([...REGION_IDS].sort());
    for (const r of REGIONS) {
      expect(r.claims.length).toBeGreaterThan(0);
      for (const c of r.claims) expect(CLAIM_IDS).toContain(c);
      expect([...r.value].sort()).toEqual([...VALUE_SOURCES].sort());
    }
  });
});

describe('regions: the trends behind the rules', () => {
  it('exposure to the anxiety gap never falls as frequency falls or complexity rises (Part 3)', () => {
    for (const c of COMPLEXITY_BANDS) {
      const ranks = FREQUENCY_BANDS.map((f) => anxietyRank(regionFor(f, c).anxiety));
      expect([...ranks].sort().reverse()).toEqual(ranks);
    }
    for (const f of FREQUENCY_BANDS) {
      const ranks = COMPLEXITY_BANDS.map((c) => anxietyRank(regionFor(f, c).anxiety));
      expect([...ranks].sort()).toEqual(ranks);
    }
  });

  it('looking good climbs the order as frequency rises, and is last wherever the offering is rare (Part 2)', () => {
    for (const c of COMPLEXITY_BANDS) {
      const ranks = FREQUENCY_BANDS.map((f) => regionFor(f, c).value.indexOf('look-good'));
      expect([...ranks].sort().reverse()).toEqual(ranks);
      expect(regionFor('rare', c).value.indexOf('look-good')).toBe(3);
      expect(regionFor('frequent', c).value.indexOf('look-good')).toBeLessThan(2);
    }
  });

  it('rare offerings feel and look good privately, over time (Part 2)', () => {
    for (const c of COMPLEXITY_BANDS) expect(regionFor('rare', c).visibility).toBe('private-over-time');
  });
});

describe('bands and lookup', () => {
  it.each([
    [0, 0],
    [3.4, 0],
    [3.5, 1],
    [6.4, 1],
    [6.5, 2],
    [10, 2],
  ])('score %d is in third %d', (v, band) => {
    expect(bandIndex(v)).toBe(band);
  });

  it('every point of the plane has exactly one region, the one for its thirds', () => {
    fc.assert(
      fc.property(score, score, (f, c) => {
        const r = regionAt(f, c);
        return r.frequency === FREQUENCY_BANDS[bandIndex(f)] && r.complexity === COMPLEXITY_BANDS[bandIndex(c)];
      }),
    );
  });

  it('a point reaches one region; a span reaches the regions between its corners', () => {
    expect(regionsReached(newOffering('', 5, 5)).map((r) => r.id)).toEqual(['occasional-involved']);
    const wide = { name: '', frequency: spanOf(0, 10), complexity: spanOf(0, 10) };
    expect(regionsReached(wide)).toHaveLength(9);
    const edge = { name: '', frequency: spanOf(2, BAND_CUTS[0]), complexity: spanOf(1, 2) };
    expect(regionsReached(edge).map((r) => r.id)).toEqual(['rare-simple']);
    expect(bandsReached(spanOf(3, 7))).toEqual([0, 1, 2]);
  });

  it("an offering's main region always is among the regions it reaches", () => {
    fc.assert(
      fc.property(score, score, score, score, (a, b, c, d) => {
        const o = { name: '', frequency: spanOf(a, b), complexity: spanOf(c, d) };
        return regionsReached(o).some((r) => r.id === regionOf(o).id);
      }),
    );
  });
});
