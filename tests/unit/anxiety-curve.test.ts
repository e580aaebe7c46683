import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anxietyAt, anxietyCurve, keyPoints, residual, SAMPLES } from '../../src/lib/anxiety/curve';
import type { ModelInput } from '../../src/lib/anxiety/inputs';
import { anxietyIndex } from '../../src/lib/anxiety/model';
import { displayUnit, fromDays, toDays } from '../../src/lib/anxiety/units';
import { modelInput } from './anxiety-arbitraries';

const car: ModelInput = {
  gapDays: 42,
  sharePct: 40,
  complexity: 6,
  windowDays: 14,
  touchpoints: 3,
  onboarding: 'basic',
  community: 'passive',
};

describe('anxiety curve', () => {
  it('has finite points in 0 to 100, in time order, from the purchase to past the moment of value', () => {
    fc.assert(
      fc.property(modelInput, (x) => {
        const pts = anxietyCurve(x);
        const last = pts[pts.length - 1];
        return (
          pts.length >= 2 &&
          pts[0]?.days === 0 &&
          last !== undefined &&
          last.days > x.gapDays &&
          pts.every(
            (p, i) =>
              Number.isFinite(p.days) &&
              Number.isFinite(p.anxiety) &&
              p.anxiety >= 0 &&
              p.anxiety <= 100 &&
              (i === 0 || p.days > (pts[i - 1]?.days ?? 0)),
          )
        );
      }),
    );
  });

  it('peaks at the index at the moment of value and never falls while the customer waits', () => {
    fc.assert(
      fc.property(modelInput, (x) => {
        const pts = anxietyCurve(x);
        const before = pts.filter((p) => p.days <= x.gapDays);
        const peak = Math.max(...pts.map((p) => p.anxiety));
        return (
          Math.abs(anxietyAt(x, x.gapDays) - anxietyIndex(x)) < 1e-9 &&
          Math.abs(peak - anxietyIndex(x)) < 1e-9 &&
          before.every((p, i) => i === 0 || p.anxiety >= (before[i - 1]?.anxiety ?? 0) - 1e-9)
        );
      }),
    );
  });

  it('eases after the moment of value toward what complexity leaves, never below it', () => {
    fc.assert(
      fc.property(modelInput, (x) => {
        const after = anxietyCurve(x).filter((p) => p.days > x.gapDays);
        const floor = residual(x);
        return after.every(
          (p, i) => p.anxiety >= floor - 1e-9 && (i === 0 || p.anxiety <= (after[i - 1]?.anxiety ?? 100) + 1e-9),
        );
      }),
    );
  });

  it('counts the return window in full while it is open', () => {
    const closed = anxietyAt({ ...car, windowDays: 0 }, 7);
    const open = anxietyAt(car, 7);
    expect(open).toBeLessThan(closed);
    expect(anxietyAt(car, 0)).toBeLessThan(anxietyAt(car, 14));
  });

  it('lists its key points in time order, with the window closing inside the gap', () => {
    const pts = keyPoints(car);
    expect(pts.map((p) => p.moment)).toEqual([
      'purchase',
      'window-closes',
      'window-closed',
      'halfway',
      'value',
      'after',
    ]);
    expect(pts.map((p) => p.days)).toEqual([0, 14, 14, 21, 42, 63]);
    expect(pts[4]?.anxiety).toBeCloseTo(anxietyIndex(car), 12);
  });

  it('jumps to the no-window level when the window closes, and the index keeps nothing of it', () => {
    const none = { ...car, windowDays: 0 };
    const pts = keyPoints(car);
    const closes = pts.find((p) => p.moment === 'window-closes');
    const closed = pts.find((p) => p.moment === 'window-closed');
    expect(closes?.anxiety).toBeLessThan(closed?.anxiety ?? 0);
    expect(closed?.anxiety).toBe(anxietyAt(none, 14));
    expect(anxietyIndex(car)).toBe(anxietyIndex(none));
    // The drawn curve holds the step: a point at 14 days with the window open, the next just after at the closed level.
    const curve = anxietyCurve(car);
    const i = curve.findIndex((p) => p.days === 14);
    expect(curve[i]?.anxiety).toBe(closes?.anxiety);
    expect(curve[i + 1]?.days).toBeLessThan(14.001);
    expect(curve[i + 1]?.anxiety).toBeCloseTo(anxietyAt(none, 14), 4);
  });

  it('keeps the window out of the key points when it outlasts the gap', () => {
    const covered = { ...car, windowDays: 42 };
    expect(keyPoints(covered).map((p) => p.moment)).toEqual(['purchase', 'halfway', 'value', 'after']);
    expect(anxietyIndex(covered)).toBeLessThan(anxietyIndex(car));
  });

  it('handles an instant purchase: one point at the purchase, then the tail', () => {
    const instant = { ...car, gapDays: 0, windowDays: 0 };
    const pts = anxietyCurve(instant);
    expect(pts).toHaveLength(1 + SAMPLES.after);
    expect(keyPoints(instant).map((p) => p.moment)).toEqual(['purchase', 'after']);
  });
});

describe('time units', () => {
  it.each([
    [0.01, 'minute'],
    [1, 'hour'],
    [30, 'day'],
    [100, 'week'],
    [400, 'month'],
    [5000, 'year'],
  ] as const)('shows a span of %d days in %s', (days, unit) => {
    expect(displayUnit(days)).toBe(unit);
  });
  it('converts back and forth', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), (d) =>
        ['minute', 'hour', 'day', 'week', 'month', 'year'].every(
          (u) => Math.abs(toDays(fromDays(d, u as 'day'), u as 'day') - d) <= 1e-9 * Math.max(1, d),
        ),
      ),
    );
  });
});
