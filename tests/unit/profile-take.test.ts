import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addOffering,
  emptyOffering,
  emptyProfile,
  LIMITS,
  PROFILE_TOOLS,
  removeCurrent,
  showOffering,
} from '../../src/lib/profile/model';
import { pickOnGrid, type SavedStates, takeFromTools } from '../../src/lib/profile/take';
import { checkToolQuery, decodeTool } from '../../src/lib/profile/tool-state';
import { toolQuery } from './profile-arbitraries';

const nothing: SavedStates = { 'spectrum-grid': null, 'value-quiz': null, kano: null, 'anxiety-gap': null };
const saved: SavedStates = {
  'spectrum-grid': 'place=Car_2-9_8&place=Meal+kit_7_3',
  'value-quiz': 'quiz-offering=Meal+kit&problem1=5&problem2=4',
  kano: 'kano-feature=Skip+a+week&kano-functional=like&kano-dysfunctional=neutral',
  'anxiety-gap': 'today.gap=3&today.gap-unit=day',
};

describe('take from the tools', { timeout: 30_000 }, () => {
  it('fills every tool, names the offering from the quiz and picks the grid offering of that name', () => {
    const { offering, report } = takeFromTools(emptyOffering(), saved, PROFILE_TOOLS);
    expect(offering.name).toBe('Meal kit');
    expect(report.named).toBe('Meal kit');
    expect(report.taken).toEqual([...PROFILE_TOOLS]);
    expect(report.grid).toEqual({ how: 'matched', name: 'Meal kit', index: 1, wanted: 'Meal kit' });
    expect(offering.tools['spectrum-grid']).toBe('place=Car_2-9_8&place=Meal+kit_7_3&read=2');
    expect(offering.tools.kano).toBe(saved.kano);
  });

  it('matches the grid offering without regard to case or spacing, and keeps the reader’s name', () => {
    const start = { ...emptyOffering(), name: '  CAR ' };
    const { offering, report } = takeFromTools(start, saved, ['spectrum-grid']);
    expect(offering.name).toBe('  CAR ');
    expect(decodeTool('spectrum-grid', offering.tools['spectrum-grid']).selected).toBe(0);
    expect(report.grid?.how).toBe('matched');
    expect(report.taken).toEqual(['spectrum-grid']);
  });

  it('falls back to the grid’s own selection when no name matches, and says so', () => {
    const pick = pickOnGrid('place=Car_2-9_8&place=Bike_5_5&read=2', 'Meal kit');
    expect(pick).toEqual({ query: 'place=Car_2-9_8&place=Bike_5_5&read=2', how: 'selected', name: 'Bike', index: 1 });
  });

  it('leaves tools with nothing saved, or unticked, as they were', () => {
    const start = { ...emptyOffering(), tools: { ...emptyOffering().tools, kano: 'kano-feature=Old' } };
    const { offering, report } = takeFromTools(start, { ...nothing, 'value-quiz': saved['value-quiz'] }, [
      'value-quiz',
      'anxiety-gap',
    ]);
    expect(offering.tools.kano).toBe('kano-feature=Old');
    expect(offering.tools['anxiety-gap']).toBe('');
    expect(report).toEqual({ taken: ['value-quiz'], missing: ['anxiety-gap'], named: 'Meal kit' });
  });

  it('treats a grid with no offerings as nothing to take', () => {
    const { report } = takeFromTools(emptyOffering(), { ...nothing, 'spectrum-grid': 'place=' }, ['spectrum-grid']);
    expect(report.missing).toEqual(['spectrum-grid']);
  });

  it('takes any valid saved state unchanged (the tools save it in the codec’s own form)', () => {
    fc.assert(
      fc.property(toolQuery['value-quiz'], toolQuery.kano, toolQuery['anxiety-gap'], (quiz, kano, anxiety) => {
        const { offering } = takeFromTools(
          emptyOffering(),
          { ...nothing, 'value-quiz': quiz, kano, 'anxiety-gap': anxiety },
          PROFILE_TOOLS,
        );
        expect(offering.tools['value-quiz']).toBe(quiz);
        expect(offering.tools.kano).toBe(kano);
        expect(offering.tools['anxiety-gap']).toBe(anxiety);
      }),
    );
  });
});

describe('tool queries checked by their codecs', { timeout: 30_000 }, () => {
  it('accepts every valid state and returns it unchanged', () => {
    for (const tool of PROFILE_TOOLS) {
      fc.assert(
        fc.property(toolQuery[tool], (q) => {
          expect(checkToolQuery(tool, q)).toEqual({ ok: true, query: q });
        }),
        { numRuns: 50 },
      );
    }
  });
  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROFILE_TOOLS), fc.string({ unit: 'binary' }), (tool, q) => {
        const r = checkToolQuery(tool, q);
        expect(r.ok || r.problems.length > 0).toBe(true);
      }),
    );
  });
});

describe('offerings in a profile', () => {
  it('holds at most three, shows the one added, and never goes below one', () => {
    let p = emptyProfile();
    for (let i = 0; i < 5; i++) p = addOffering(p, Math.random);
    expect(p.offerings).toHaveLength(LIMITS.offerings);
    expect(p.current).toBe(2);
    p = showOffering(p, 7);
    expect(p.current).toBe(2);
    p = removeCurrent(showOffering(p, 1));
    expect(p.offerings).toHaveLength(2);
    expect(p.current).toBe(1);
    p = removeCurrent(removeCurrent(p));
    expect(p).toEqual(emptyProfile());
  });
});
