import { describe, expect, it } from 'vitest';
import { spectrumText } from '../../src/i18n/en/spectrum-grid';
import { valueQuizText } from '../../src/i18n/en/value-quiz';
import { findOnGrid, gridQuery } from '../../src/lib/quiz/grid-link';
import { readProfile } from '../../src/lib/quiz/profile';
import { expectedProfile, fitOf, zoneOf } from '../../src/lib/quiz/spectrum-fit';

describe('profile shape', () => {
  it.each([
    [{ problem: 20, opportunity: 30, feel: 10, look: 35 }, 'low'],
    [{ problem: 90, opportunity: 70, feel: 40, look: 30 }, 'functional'],
    [{ problem: 30, opportunity: 40, feel: 80, look: 90 }, 'expressive'],
    [{ problem: 70, opportunity: 65, feel: 75, look: 60 }, 'broad'],
    [{ problem: 50, opportunity: 55, feel: 45, look: 60 }, 'balanced'],
  ])('%j is %s', (p, shape) => {
    expect(readProfile(p).shape).toBe(shape);
  });
  it('says whether looking good or feeling good leads, and which sources are strongest', () => {
    const r = readProfile({ problem: 50, opportunity: 80, feel: 30, look: 80 });
    expect(r.visibility).toBe('visible');
    expect(r.strongest).toEqual(['opportunity', 'look']);
    expect(readProfile({ problem: 50, opportunity: 50, feel: 80, look: 40 }).visibility).toBe('private');
  });
});

describe('grid position', () => {
  it.each([
    [9, 2, 'frequent-simple', 'expressive'],
    [8, 8, 'frequent-complex', 'both'],
    [1, 9, 'rare-complex', 'functional-then-private'],
    [2, 2, 'rare-simple', 'functional'],
    [5, 5, 'frequent-complex', 'both'],
    [Number.NaN, 7, 'rare-complex', 'functional-then-private'],
  ])('frequency %d, complexity %d is %s, expecting %s', (f, c, zone, expectation) => {
    expect(zoneOf(f, c)).toBe(zone);
    expect(expectedProfile(f, c)).toBe(expectation);
  });
  it('compares a shape with the expectation', () => {
    expect(fitOf('expressive', 'expressive')).toBe('matches');
    expect(fitOf('functional', 'expressive')).toBe('differs');
    expect(fitOf('balanced', 'functional-then-private')).toBe('partly');
    expect(fitOf('low', 'both')).toBe('unclear');
  });
});

describe('finding the offering on the spectrum grid', () => {
  it('finds a same-named offering in the grid codec’s query, ignoring case and spaces', () => {
    const q = 'place=Meal+kit_7_3&place=Car_2-8_9';
    expect(findOnGrid(q, '  meal   KIT ')).toEqual({ name: 'Meal kit', frequency: 7, complexity: 3, spread: false });
    expect(findOnGrid(q, 'car')).toEqual({ name: 'Car', frequency: 5, complexity: 9, spread: true });
  });
  it('finds nothing without a name, a query or a match, and survives junk', () => {
    expect(findOnGrid(null, 'x')).toBeUndefined();
    expect(findOnGrid('place=A_1_1', '')).toBeUndefined();
    expect(findOnGrid('place=A_1_1', 'B')).toBeUndefined();
    expect(findOnGrid('%%%&place=_', 'x')).toBeUndefined();
  });
  it('prefers grid keys in the page address over the saved state', () => {
    expect(gridQuery('?place=A_1_1&problem1=3', 'place=B_2_2')).toContain('place=A_1_1');
    expect(gridQuery('?problem1=3', 'place=B_2_2')).toBe('place=B_2_2');
  });
});

describe('the expectation texts agree with the grid', () => {
  // The grid names no product in the frequent-and-complex corner, nor in the rare-and-simple one
  // (cars are a span across the plane): the quiz must not name one there either.
  const names = Object.values(spectrumText.references).flatMap((r) => {
    const n = r.name.toLowerCase();
    return [n, n.replace(/s$/, '')];
  });
  it.each(['both', 'functional'] as const)('names no reference product for the %s expectation', (id) => {
    const text = valueQuizText.expectations[id].toLowerCase();
    for (const n of names) expect(text).not.toMatch(new RegExp(`\\b${n}\\b`));
    expect(text).toMatch(/^[^.:]+: the essays (name no product|say little) here\. our reading/);
  });
  it('marks every expectation as our reading', () => {
    for (const text of Object.values(valueQuizText.expectations)) expect(text).toContain('Our reading');
  });
});
