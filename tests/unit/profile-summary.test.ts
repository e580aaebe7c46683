import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { summariseOffering } from '../../src/components/profile/summaries';
import { type AnxietyChart, anxietySummary } from '../../src/components/tools/anxiety-gap/profile';
import { kanoSummary } from '../../src/components/tools/kano/profile';
import { gridSummary } from '../../src/components/tools/spectrum-grid/profile';
import { quizSummary } from '../../src/components/tools/value-quiz/profile';
import { loadAllText } from '../../src/i18n/server';
import { emptyOffering, PROFILE_TOOLS } from '../../src/lib/profile/model';
import { compareTool } from '../../src/lib/profile/summaries';
import type { Summary } from '../../src/lib/profile/summary';
import { offering } from './profile-arbitraries';

beforeAll(() => loadAllText('en'));

const BAD = /NaN|Infinity|undefined|null|\[object/;

describe('tool summaries', { timeout: 30_000 }, () => {
  it('read the grid’s selected offering', () => {
    const s = gridSummary('place=Car_2-9_8&place=Meal+kit_7_3&read=2', 'en');
    expect(s.rows.map((r) => [r.id, r.value])).toEqual([
      ['offering', 'Meal kit'],
      ['position', 'frequency 7, complexity 3'],
      ['words', 'about once a week; some research before choosing'],
      ['region', 'Everyday and simple'],
      ['lead', 'looking good to oneself or to others and feeling good about oneself'],
      ['anxiety', 'low'],
    ]);
    expect(s.chart).toMatchObject({ x: 7, y: 3, name: 'Meal kit' });
    expect(s.notes[0]).toContain('2 offerings');
  });

  it('score the quiz once each source has two answers, and draw nothing before', () => {
    expect(quizSummary('problem1=5', 'en').chart).toBeUndefined();
    const full = quizSummary(
      'problem1=5&problem2=5&opportunity1=5&opportunity2=5&feel1=1&feel2=1&look1=1&look3=1',
      'en',
    );
    expect(full.chart?.scores).toEqual({ problem: 100, opportunity: 100, feel: 0, look: 0 });
    expect(full.rows.find((r) => r.id === 'shape')?.value).toBe('Leans to what it does');
  });

  it('classify the Kano pair', () => {
    const s = kanoSummary('kano-feature=Skip+a+week&kano-functional=like&kano-dysfunctional=neutral', 'en');
    expect(s.rows.find((r) => r.id === 'category')?.value).toBe('Attractive (A)');
    expect(kanoSummary('kano-mode=survey', 'en').notes.join(' ')).toContain('survey');
  });

  it('give both anxiety indices and their curves', () => {
    const s = anxietySummary('today.gap=3&today.gap-unit=day', 'en');
    expect(s.rows.find((r) => r.id === 'gap')?.value).toBe('3 days');
    expect(s.rows.find((r) => r.id === 'today')?.value).toMatch(/^\d+ of 100 \((low|moderate|marked|high|severe)\)$/);
    expect(s.chart?.series).toHaveLength(2);
    expect(s.notes).toHaveLength(2);
  });

  it('never show NaN, Infinity or empty values, and charts only finite points, for any valid state', () => {
    fc.assert(
      fc.property(offering, (o) => {
        const all = summariseOffering(o, 'en');
        for (const tool of PROFILE_TOOLS) {
          const s = all[tool];
          if (o.tools[tool] === '') expect(s).toBeUndefined();
          for (const r of s?.rows ?? []) {
            expect(r.value).not.toMatch(BAD);
            expect(r.value.trim()).not.toBe('');
          }
          for (const n of s?.notes ?? []) expect(n).not.toMatch(BAD);
        }
        // The profile keeps every tool's summary as Summary<unknown>; the calculator's chart is an AnxietyChart.
        const anxiety = all['anxiety-gap'] as Summary<AnxietyChart> | undefined;
        for (const series of anxiety?.chart?.series ?? []) {
          expect(series.points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('survive any text as a tool state', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (q) => {
        for (const s of [gridSummary(q, 'en'), quizSummary(q, 'en'), kanoSummary(q, 'en'), anxietySummary(q, 'en')]) {
          for (const r of s.rows) expect(r.value).not.toMatch(BAD);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('compare tables', { timeout: 30_000 }, () => {
  it('line rows up by id, one cell per offering, empty where nothing was taken', () => {
    const a = {
      ...emptyOffering(),
      tools: { ...emptyOffering().tools, kano: 'kano-functional=like&kano-dysfunctional=dislike' },
    };
    const b = emptyOffering();
    const table = compareTool('kano', [summariseOffering(a, 'en'), summariseOffering(b, 'en')]);
    expect(table.rows.map((r) => r.id)).toEqual(['feature', 'functional', 'dysfunctional', 'category']);
    expect(table.rows.find((r) => r.id === 'category')?.cells).toEqual(['One-dimensional (O)', '']);
    expect(compareTool('value-quiz', [summariseOffering(b, 'en')]).rows).toEqual([]);
  });

  it('always have as many cells as offerings', () => {
    fc.assert(
      fc.property(fc.array(offering, { minLength: 1, maxLength: 3 }), fc.constantFrom(...PROFILE_TOOLS), (os, tool) => {
        const table = compareTool(
          tool,
          os.map((o) => summariseOffering(o, 'en')),
        );
        for (const r of table.rows) expect(r.cells).toHaveLength(os.length);
      }),
      { numRuns: 50 },
    );
  });
});
