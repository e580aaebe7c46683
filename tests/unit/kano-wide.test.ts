import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kanoAnswers as en } from '../../src/i18n/en/kano-answers';
import { answerRecognition } from '../../src/lib/kano/answers';
import { benchCsv } from '../../src/lib/kano/bench-data';
import {
  columnChoices,
  columnFromLetters,
  columnLabel,
  oneLine,
  suggestedLabels,
} from '../../src/lib/kano/column-choice';
import { columnLetter } from '../../src/lib/kano/issues';
import type { ColumnMapping } from '../../src/lib/kano/mapping';
import { addFeature, pageRows, removeFeature, restoreFeature, withFeatureIds } from '../../src/lib/kano/mapping-edit';
import { type JobReply, readReply, runJob } from '../../src/lib/kano/survey-job';
import { seeded } from './seeded';

const recognition = answerRecognition([en]);

describe('column choices', () => {
  const header = ['Id', 'Speed (functional)', 'Speed (dysfunctional)', '', 'Notes', 'notes', 'B'];
  const choices = columnChoices(header, '(no name)', 'None');
  it.each([
    ['B: Speed (functional)', false, { kind: 'column', column: 1 }],
    ['  C:   Speed (dysfunctional) ', false, { kind: 'column', column: 2 }],
    ['D: (no name)', false, { kind: 'column', column: 3 }],
    ['speed (FUNCTIONAL)', false, { kind: 'column', column: 1 }],
    ['c', false, { kind: 'column', column: 2 }],
    ['e', false, { kind: 'column', column: 4 }],
    // A header named like a letter is read as that header; two columns named "notes" are not guessed between.
    ['B', false, { kind: 'column', column: 6 }],
    ['Notes', false, { kind: 'unknown' }],
    ['H', false, { kind: 'unknown' }],
    ['Tempo', false, { kind: 'unknown' }],
    ['', false, { kind: 'unknown' }],
    ['', true, { kind: 'none' }],
    ['none', true, { kind: 'none' }],
  ] as const)('%j (none allowed: %s) reads as %j', (text, allowNone, expected) => {
    expect(choices.read(text, allowNone)).toEqual(expected);
  });

  it('labels a column by letter and one-line name, cut at 60 characters', () => {
    expect(columnLabel(['a\nb'], 0, '?')).toBe('A: a b');
    expect(columnLabel(['x'.repeat(70)], 0, '?')).toBe(`A: ${'x'.repeat(59)}…`);
    expect(columnLabel([], 0, '(no name)')).toBe('A: (no name)');
  });

  it('reads letters back to columns: A, Z, AA, AZ, BA', () => {
    expect(['A', 'z', 'AA', 'az', 'BA', 'A1', ''].map(columnFromLetters)).toEqual([
      0,
      25,
      26,
      51,
      52,
      undefined,
      undefined,
    ]);
  });

  it('every label, as a one-line field holds it, reads back to its own column; labels differ', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 80 }), { minLength: 1, maxLength: 60 }), (h) => {
        const c = columnChoices(h, '(no name)', 'None');
        expect(new Set(c.labels).size).toBe(h.length);
        c.labels.forEach((label, column) => {
          expect(c.read(oneLine(label.replace(/[\r\n]/g, '')), false)).toEqual({ kind: 'column', column });
        });
      }),
    );
  });

  it('a column letter reads as its column unless a header has that name', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 800 }), (h) => {
        const c = columnChoices(h, '(no name)', 'None');
        const names = new Set(h.map((x) => oneLine(x).toLowerCase()));
        h.forEach((_, column) => {
          const letter = columnLetter(column);
          if (!names.has(letter.toLowerCase())) expect(c.read(letter, false)).toEqual({ kind: 'column', column });
        });
      }),
      { numRuns: 30 },
    );
  });

  it('reads 1,201 columns by label in well under a millisecond each', () => {
    const h = benchCsv(1, 600).split('\n', 1)[0]?.split(',') ?? [];
    const c = columnChoices(h, '', '');
    const start = performance.now();
    for (const label of c.labels) c.read(label, false);
    expect((performance.now() - start) / c.labels.length).toBeLessThan(1);
  });
});

describe('suggested labels', () => {
  const labels = ['A: Respondent', 'B: Speed (functional)', 'C: Speed (dysfunctional)', 'D: Price (functional)'];
  it.each([
    ['', 10, labels],
    ['', 2, ['A: Respondent', 'B: Speed (functional)']],
    ['speed', 10, ['B: Speed (functional)', 'C: Speed (dysfunctional)']],
    ['  (FUNCTIONAL) ', 10, ['B: Speed (functional)', 'D: Price (functional)']],
    ['c: s', 10, ['C: Speed (dysfunctional)']],
    ['quality', 10, []],
  ])('for %j (at most %i): %j', (typed, limit, expected) => {
    expect(suggestedLabels(labels, typed, limit)).toEqual(expected);
  });
  it('offers at most 40 of the 1,201 columns of a 600-feature file, the matching ones in column order', () => {
    const header = benchCsv(1, 600, 11).split('\n', 1)[0]?.split(',') ?? [];
    const all = columnChoices(header, '(no name)', 'None').labels;
    expect(all).toHaveLength(1201);
    expect(suggestedLabels(all, '')).toHaveLength(40);
    // "Feature 13 (" is feature 13's two columns; "Feature 13" also holds Feature 130 to 139: 2 + 20 columns.
    const found = suggestedLabels(all, 'feature 13 (');
    expect(found).toEqual(['Z: Feature 13 (functional)', 'AA: Feature 13 (dysfunctional)']);
    expect(suggestedLabels(all, 'Feature 13')).toHaveLength(22);
  });
});

describe('mapping edits', () => {
  const mapping: ColumnMapping = withFeatureIds({
    features: [
      { name: 'Speed', functional: 1, dysfunctional: 2, importance: null },
      { name: 'Price', functional: 3, dysfunctional: 4, importance: 5 },
      { name: 'Colour', functional: 6, dysfunctional: 7, importance: null },
    ],
    segment: 0,
  });
  it('removing a row and undoing it gives back the same mapping, for every row', () => {
    mapping.features.forEach((f, i) => {
      const { mapping: without, removed } = removeFeature(mapping, f.id ?? '');
      expect(without.features).toHaveLength(2);
      expect(removed?.index).toBe(i);
      if (!removed) throw new Error(`row ${i} was not removed`);
      expect(restoreFeature(without, removed)).toEqual(mapping);
    });
  });
  it('removing a row that is not there changes nothing', () => {
    expect(removeFeature(mapping, '4')).toEqual({ mapping, removed: undefined });
  });
  it('a row put back after the mapping shrank goes last', () => {
    const { removed } = removeFeature(mapping, '3');
    if (!removed) throw new Error('row 3 was not removed');
    const shorter = { ...mapping, features: mapping.features.slice(0, 1) };
    expect(restoreFeature(shorter, removed).features.map((f) => f.name)).toEqual(['Speed', 'Colour']);
  });
  it('property: restore(remove(m, i)) is m', () => {
    const feature = fc.record({
      name: fc.string(),
      functional: fc.nat(50),
      dysfunctional: fc.nat(50),
      importance: fc.option(fc.nat(50), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(feature, { minLength: 1, maxLength: 20 }), fc.nat(), (features, k) => {
        const m = withFeatureIds({ features, segment: null });
        const i = k % features.length;
        const { mapping: without, removed } = removeFeature(m, m.features[i]?.id ?? '');
        expect(removed).toBeDefined();
        if (removed) expect(restoreFeature(without, removed)).toEqual(m);
      }),
    );
  });
  it('a new feature takes the first two columns no feature uses', () => {
    expect(addFeature(mapping, 10, 'New', seeded(1)).features[3]).toEqual({
      id: expect.stringMatching(/^[a-z0-9]{4}$/),
      name: 'New',
      functional: 0,
      dysfunctional: 5,
      importance: null,
    });
    expect(addFeature({ features: [], segment: null }, 1, 'N', seeded(1)).features[0]).toMatchObject({
      functional: 0,
      dysfunctional: 0,
    });
  });
  it.each([
    [0, 0, { page: 0, pages: 1, start: 0, end: 0 }],
    [600, 0, { page: 0, pages: 24, start: 0, end: 25 }],
    [600, 23, { page: 23, pages: 24, start: 575, end: 600 }],
    [600, 99, { page: 23, pages: 24, start: 575, end: 600 }],
    [26, 1, { page: 1, pages: 2, start: 25, end: 26 }],
    [26, -1, { page: 0, pages: 2, start: 0, end: 25 }],
  ])('%i rows, page %i: %j', (total, page, expected) => {
    expect(pageRows(total, page)).toEqual(expected);
  });
});

describe('the survey job', () => {
  const job = (text: string) => {
    const replies: JobReply[] = [];
    runJob({ id: 7, text, settings: {} }, undefined, recognition, (r) => replies.push(r));
    return replies;
  };
  const lastRun = (replies: JobReply[]) => {
    const last = replies.at(-1);
    return last?.type === 'done' ? last.run : undefined;
  };

  it('a large text of blank lines ends in one run naming "empty-input", never in no run', () => {
    const replies = job(' \r\n\n\t\n'.repeat(40_000));
    expect(replies.filter((r) => r.type === 'done')).toHaveLength(1);
    expect(lastRun(replies)?.issues.map((i) => i.code)).toEqual(['empty-input']);
  });

  it('a survey that throws while read ends in a run naming "unreadable"', () => {
    const replies: JobReply[] = [];
    const settings = {
      get mapping(): never {
        throw new Error('boom');
      },
    };
    runJob({ id: 1, text: 'a:f,a:d\nlike,dislike\n', settings }, undefined, recognition, (r) => replies.push(r));
    const last = replies.at(-1);
    expect(last?.type === 'done' && last.run.issues.map((i) => i.code)).toEqual(['unreadable']);
  });

  it('a readable survey ends in its one run', () => {
    const replies = job(benchCsv(2000, 3));
    expect(lastRun(replies)?.analysis?.respondents).toBe(2000);
    expect(replies.filter((r) => r.type === 'done')).toHaveLength(1);
  });

  it.each([
    [{ type: 'ready' }, 'other'],
    [{ id: 8, type: 'done', run: undefined }, 'other'],
    [{ id: 7, type: 'progress', share: 0.5 }, 'progress'],
    [{ id: 7, type: 'done', run: undefined }, 'unreadable'],
    [{ id: 7, type: 'done', run: { header: [] } }, 'unreadable'],
    [{ id: 7, type: 'failed' }, 'unreadable'],
    [null, 'other'],
  ])('reply %j reads as %s', (data, expected) => {
    const read = readReply(data, 7);
    const kind = read.kind === 'done' ? read.run.issues.map((i) => i.code).join() : read.kind;
    expect(kind).toBe(expected);
  });

  it('a finished run from the worker is passed on as it is', () => {
    const run = lastRun(job('a:f,a:d\nlike,dislike\n'));
    expect(readReply({ id: 7, type: 'done', run }, 7)).toEqual({ kind: 'done', run });
  });
});
