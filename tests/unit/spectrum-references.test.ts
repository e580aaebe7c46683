import { describe, expect, it } from 'vitest';
import { CLAIM_IDS } from '../../src/lib/spectrum/claims';
import { isSpread, middle } from '../../src/lib/spectrum/offering';
import { REFERENCE_IDS, REFERENCES, referenceById } from '../../src/lib/spectrum/references';
import { regionOf, regionsReached } from '../../src/lib/spectrum/regions';

// What the essays say about each product, and the region that follows (McDonald 2012, Parts 2 and 3).
const EXPECTED = [
  ['snacks', 'frequent-simple'],
  ['groceries', 'frequent-simple'],
  ['handbags', 'frequent-simple'],
  ['insurance', 'rare-complex'],
  ['major-appliances', 'rare-involved'],
  ['financial-services', 'rare-complex'],
  ['buying-a-home', 'rare-complex'],
  ['cars', 'occasional-involved'],
] as const;

describe('reference products', () => {
  it('lists the eight products the essays name, once each', () => {
    expect(REFERENCES.map((r) => r.id).sort()).toEqual([...REFERENCE_IDS].sort());
    expect(REFERENCES).toHaveLength(8);
  });

  it.each(EXPECTED)('%s sits in %s, a region the essays imply for it', (id, region) => {
    const ref = referenceById(id);
    expect(ref).toBeDefined();
    if (!ref) return;
    expect(regionOf(ref.placement).id).toBe(region);
    expect(ref.implied).toContain(region);
    for (const r of ref.reaches) expect(regionsReached(ref.placement).map((x) => x.id)).toContain(r);
    for (const c of ref.claims) expect(CLAIM_IDS).toContain(c);
  });

  it('puts groceries and handbags at one frequency, and insurance with major appliances (Part 2)', () => {
    const f = (id: (typeof REFERENCE_IDS)[number]) =>
      middle(referenceById(id)?.placement.frequency ?? { from: -1, to: -1 });
    expect(f('groceries')).toBe(f('handbags'));
    expect(f('insurance')).toBe(f('major-appliances'));
  });

  it('draws cars as a span over most of the plane, from rare and complex to everyday (Part 2)', () => {
    const cars = referenceById('cars');
    expect(cars && isSpread(cars.placement)).toBe(true);
    const reached = cars ? regionsReached(cars.placement).map((r) => r.id) : [];
    expect(reached.length).toBeGreaterThanOrEqual(6);
    expect(reached).toContain('rare-complex');
    expect(reached.some((id) => id.startsWith('frequent-'))).toBe(true);
  });

  it('only cars is a span; every other reference is a point', () => {
    expect(REFERENCES.filter((r) => isSpread(r.placement)).map((r) => r.id)).toEqual(['cars']);
  });
});
