import { describe, expect, it } from 'vitest';
import { spectrumText } from '../../src/i18n/en/spectrum-grid';
import { centreOf, PLANE, xOf, yOf } from '../../src/lib/spectrum/geometry';
import { clipLabel, labelPlace, placeLabel, placeOfferingLabels, referenceLabel } from '../../src/lib/spectrum/labels';
import { newOffering } from '../../src/lib/spectrum/offering';
import { REFERENCES, referenceById } from '../../src/lib/spectrum/references';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  Math.min(a.x + a.width, b.x + b.width) > Math.max(a.x, b.x) &&
  Math.min(a.y + a.height, b.y + b.height) > Math.max(a.y, b.y);
const refs = REFERENCES.map((product) => ({ product, name: spectrumText.references[product.id].name }));

describe('labels', () => {
  it.each([
    ['right', 'start', 110, 100],
    ['left', 'end', 90, 100],
    ['above', 'middle', 100, 82.5],
    ['below', 'middle', 100, 117.5],
  ] as const)('puts a label %s of its marker (anchor %s)', (side, anchor, x, y) => {
    const p = labelPlace(100, 100, 'Kit', side, 10);
    expect(p).toMatchObject({ anchor, x, y });
  });

  it('prefers the right, or the left near the right edge, when nothing is in the way', () => {
    expect(placeLabel(xOf(3), yOf(5), 'Kit', []).anchor).toBe('start');
    expect(placeLabel(xOf(9), yOf(5), 'Kit', []).anchor).toBe('end');
  });

  it('moves a label away from an obstacle and off the edge of the plot', () => {
    const blocked = labelPlace(xOf(3), yOf(5), 'Kit', 'right', 16).box;
    expect(placeLabel(xOf(3), yOf(5), 'Kit', [blocked]).anchor).toBe('end');
    expect(placeLabel(xOf(0.2), yOf(5), 'A long offering name', []).anchor).not.toBe('end');
  });

  it("keeps an offering's label clear of the reference labels around it, where there is room", () => {
    for (const [f, c] of [
      [6, 1],
      [9, 3.6],
      [8.5, 2],
      [2, 6.5],
      [1.5, 9.3],
    ] as const) {
      const [place] = placeOfferingLabels([newOffering('Meal kit', f, c)], ['Meal kit'], refs);
      for (const r of refs)
        expect(overlaps(place?.box ?? { x: 0, y: 0, width: 0, height: 0 }, referenceLabel(r.product, r.name).box)).toBe(
          false,
        );
    }
  });

  it('draws the cars label inside the top-right corner of its span, and keeps reference labels on the plane', () => {
    const cars = referenceById('cars');
    if (!cars) throw new Error('cars missing');
    expect(referenceLabel(cars, 'Cars').anchor).toBe('end');
    for (const r of refs) {
      const b = referenceLabel(r.product, r.name).box;
      expect(b.x).toBeGreaterThanOrEqual(PLANE.left);
      expect(b.x + b.width).toBeLessThanOrEqual(PLANE.width - PLANE.right);
    }
    expect(centreOf(cars.placement).x).toBeGreaterThan(PLANE.left);
  });

  it('shortens long names with an ellipsis', () => {
    expect(clipLabel('Short')).toBe('Short');
    expect(clipLabel('A very long offering name indeed')).toHaveLength(18);
    expect(clipLabel('A very long offering name indeed').endsWith('…')).toBe(true);
  });
});
