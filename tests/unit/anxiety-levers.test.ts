import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelInput } from '../../src/lib/anxiety/inputs';
import { applyLever, LEVER_IDS, leverEffects } from '../../src/lib/anxiety/levers';
import { anxietyIndex } from '../../src/lib/anxiety/model';
import { modelInput } from './anxiety-arbitraries';

describe('levers', () => {
  it('never raise the index, and report exactly what they lower it by, largest first', () => {
    fc.assert(
      fc.property(modelInput, (x) => {
        const base = anxietyIndex(x);
        const effects = leverEffects(x);
        return (
          effects.length === LEVER_IDS.length &&
          effects.every((e) => e.reduction >= 0 && Math.abs(e.reduction - Math.max(0, base - e.index)) < 1e-12) &&
          effects.every((e, i) => i === 0 || e.reduction <= (effects[i - 1]?.reduction ?? Infinity)) &&
          effects.every((e) => Number.isFinite(e.index))
        );
      }),
    );
  });

  it('do nothing when the lever is already pulled', () => {
    const full: ModelInput = {
      gapDays: 28,
      sharePct: 10,
      complexity: 0,
      windowDays: 28,
      touchpoints: 2,
      onboarding: 'guided',
      community: 'active',
    };
    const zero = leverEffects(full)
      .filter((e) => e.reduction === 0)
      .map((e) => e.id)
      .sort();
    expect(zero).toEqual(['community', 'cover-gap', 'onboarding', 'simplify', 'touchpoints']);
  });

  it('change only what they name', () => {
    const x: ModelInput = {
      gapDays: 56,
      sharePct: 20,
      complexity: 5,
      windowDays: 7,
      touchpoints: 1,
      onboarding: 'none',
      community: 'none',
    };
    expect(applyLever(x, 'halve-gap').gapDays).toBe(28);
    expect(applyLever(x, 'halve-commitment').sharePct).toBe(10);
    expect(applyLever(x, 'simplify').complexity).toBe(3);
    expect(applyLever(x, 'cover-gap').windowDays).toBe(56);
    expect(applyLever(x, 'touchpoints').touchpoints).toBe(4);
    expect(applyLever(x, 'onboarding').onboarding).toBe('guided');
    expect(applyLever(x, 'community').community).toBe('active');
  });
});
