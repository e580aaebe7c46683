import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spectrumText as text } from '../../src/i18n/en/spectrum-grid';
import { AXIS_TICKS } from '../../src/lib/spectrum/axes';
import { CLAIM_IDS } from '../../src/lib/spectrum/claims';
import { enclosingReferences, nearbyReferences, sameFrequencyReferences } from '../../src/lib/spectrum/compare';
import {
  axisWords,
  basisOf,
  describeOffering,
  displayName,
  positionLabel,
  summaryLine,
} from '../../src/lib/spectrum/describe';
import { newOffering, spanOf } from '../../src/lib/spectrum/offering';
import { REFERENCE_IDS } from '../../src/lib/spectrum/references';
import { REGIONS, regionAt } from '../../src/lib/spectrum/regions';

const score = fc.integer({ min: 0, max: 100 }).map((n) => n / 10);

describe('labels', () => {
  it('gives a marker its name and value text', () => {
    expect(positionLabel('Meal kit', newOffering('Meal kit', 7, 3), text)).toBe('Meal kit: frequency 7, complexity 3');
    const car = { name: 'Car', frequency: spanOf(1, 9.5), complexity: spanOf(2.5, 8) };
    expect(positionLabel('Car', car, text)).toBe('Car: frequency 1 to 9.5, complexity 2.5 to 8');
  });

  it('names unnamed offerings by number, and uses words for axis points', () => {
    expect(displayName(newOffering('  '), 1, text)).toBe('Offering 2');
    expect(displayName(newOffering(' Kit '), 1, text)).toBe('Kit');
    expect(axisWords(newOffering('', 9, 0), 'frequency', text)).toBe('daily');
    expect(axisWords({ name: '', frequency: spanOf(0, 10), complexity: spanOf(0, 0) }, 'frequency', text)).toBe(
      'once in a lifetime to several times a day',
    );
  });
});

describe('reading a position', () => {
  it('says the region, the leading sources of value, the anxiety and the community role', () => {
    const crisps = newOffering('Crisps', 9.5, 0.5);
    expect(summaryLine(crisps, 'Crisps', text)).toBe(
      'Crisps: frequency 9.5, complexity 0.5. Region: Everyday and simple.',
    );
    const all = describeOffering(crisps, text)
      .map((p) => p.text)
      .join('\n');
    expect(all).toContain('In words: met several times a day; a quick pick among familiar options.');
    expect(all).toContain('likely to lead: looking good to oneself or to others and feeling good about oneself');
    expect(all).toContain('anxiety gap: low');
    expect(all).toContain('an audience');
    expect(all).toContain('Snacks');
  });

  it('points out reference products met as often but with another complexity (Part 2)', () => {
    expect(sameFrequencyReferences(newOffering('', 2, 1))).toEqual([
      'insurance',
      'major-appliances',
      'financial-services',
    ]);
    const paras = describeOffering(newOffering('Will', 2, 1), text);
    expect(paras.find((p) => p.topic === 'compare')?.text).toContain(
      'Insurance, Major appliances and Financial services',
    );
  });

  it('places offerings inside the cars span and lists the regions a span reaches', () => {
    expect(enclosingReferences(newOffering('', 5, 5))).toEqual(['cars']);
    expect(nearbyReferences(newOffering('', 5, 5))).toEqual([]);
    const wide = { name: 'Bank', frequency: spanOf(1, 8), complexity: spanOf(6, 9) };
    const spread = describeOffering(wide, text).find((p) => p.topic === 'spread');
    expect(spread?.text).toContain('reaches 6 regions');
    expect(spread?.text).toContain('from low to high');
  });

  it('never writes NaN, Infinity, undefined or an empty paragraph', () => {
    const span = fc.tuple(score, score).map(([a, b]) => spanOf(a, b));
    fc.assert(
      fc.property(span, span, (f, c) => {
        const paras = describeOffering({ name: 'X', frequency: f, complexity: c }, text);
        expect(paras.length).toBeGreaterThanOrEqual(4);
        for (const p of paras) {
          expect(p.text.trim()).not.toBe('');
          expect(p.text).not.toMatch(/NaN|Infinity|undefined|\[object/);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('cites the essays for every region', () => {
    for (const r of REGIONS) {
      const basis = basisOf(r, text);
      expect(basis.length).toBeGreaterThan(0);
      for (const b of basis) expect(b.source).toMatch(/^McDonald, Part [23] \(2012\)$/);
    }
    expect(basisOf(regionAt(1, 9), text).some((b) => b.source.includes('Part 3'))).toBe(true);
  });
});

describe('English text', () => {
  it('has words for every axis point, region, claim and reference product', () => {
    for (const axis of ['frequency', 'complexity'] as const) {
      expect(text.axes[axis].ticks).toHaveLength(AXIS_TICKS.length);
      expect(new Set(text.axes[axis].ticks).size).toBe(AXIS_TICKS.length);
    }
    for (const r of REGIONS) expect(text.regions[r.id].name.length).toBeGreaterThan(3);
    for (const c of CLAIM_IDS) expect(text.claims[c].length).toBeGreaterThan(20);
    for (const id of REFERENCE_IDS) expect(text.references[id].why).toMatch(/McDonald, Part [23]/);
  });

  it('joins lists the English way', () => {
    expect(text.frames.list(['a'])).toBe('a');
    expect(text.frames.list(['a', 'b'])).toBe('a and b');
    expect(text.frames.list(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
