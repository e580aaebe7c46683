import { describe, expect, it } from 'vitest';
import { IssueLog } from '../../src/lib/kano/issues';
import { type ColumnMapping, proposeMapping } from '../../src/lib/kano/mapping';
import { changeFeature, removeFeature, restoreFeature, withFeatureIds } from '../../src/lib/kano/mapping-edit';
import { readSettings, writeSettings } from '../../src/lib/kano/saved-settings';
import { runSurvey } from '../../src/lib/kano/survey';
import { RECOGNITION } from './kano-recognition';

// Issue 26: "found by" belongs to the row, not to its place: it stays through a removal, a rerun and a save,
// and goes only when the reader changes that row's answer columns.

// Two features named in the header (columns 1–4), then two asked in question wording (columns 5–8).
const header = [
  'id',
  'Speed (functional)',
  'Speed (dysfunctional)',
  'Price (functional)',
  'Price (dysfunctional)',
  'How would you feel if the app had dark mode?',
  'How would you feel if the app did not have dark mode?',
  'How would you feel if the app had offline maps?',
  'How would you feel if the app didn’t have offline maps?',
];
const row = [
  'r1',
  'I like it',
  'I dislike it',
  'I expect it',
  'I am neutral',
  'I like it',
  'I dislike it',
  'I like it',
  'I am neutral',
];
const csv = [header, row, ['r2', ...row.slice(1)]].map((r) => r.map((c) => `"${c}"`).join(',')).join('\n');
const proposal = () => withFeatureIds(proposeMapping(header, [row], new IssueLog(50), RECOGNITION).mapping);
const found = (m: ColumnMapping) => m.features.map((f) => [f.name, f.found ?? 'reader']);

describe('found by, per row', () => {
  it('a proposal says of each row how it was found', () => {
    expect(found(proposal())).toEqual([
      ['Speed', 'header'],
      ['Price', 'header'],
      ['dark mode', 'question'],
      ['offline maps', 'question'],
    ]);
  });

  it('removing a row leaves every other row’s label as it was; undo brings the row back with its own', () => {
    const { mapping, removed } = removeFeature(proposal(), '2');
    expect(found(mapping)).toEqual([
      ['Speed', 'header'],
      ['dark mode', 'question'],
      ['offline maps', 'question'],
    ]);
    if (!removed) throw new Error('row 2 was not removed');
    expect(found(restoreFeature(mapping, removed))[1]).toEqual(['Price', 'header']);
  });

  it.each([
    ['a new name', { name: 'Fast' }, 'question'],
    ['an importance column', { importance: 0 }, 'question'],
    ['the same functional column again', { functional: 5 }, 'question'],
    ['another functional column', { functional: 1 }, 'reader'],
    ['another dysfunctional column', { dysfunctional: 2 }, 'reader'],
  ] as const)('%s on “dark mode” leaves its label as %s', (_, patch, label) => {
    const m = changeFeature(proposal(), '3', patch);
    expect(found(m)[2]?.[1]).toBe(label);
    // The other rows keep theirs.
    expect(found(m).filter((_, i) => i !== 2)).toEqual([
      ['Speed', 'header'],
      ['Price', 'header'],
      ['offline maps', 'question'],
    ]);
  });

  it('a rerun with the reader’s mapping keeps each row’s label (the survey used to give none then)', () => {
    const edited = changeFeature(removeFeature(proposal(), '1').mapping, '4', { dysfunctional: 6 });
    const run = runSurvey(csv, RECOGNITION, { mapping: edited });
    expect(run.analysis?.respondents).toBe(2);
    expect(found(run.mapping)).toEqual([
      ['Price', 'header'],
      ['dark mode', 'question'],
      ['offline maps', 'reader'],
    ]);
  });

  it('is kept in the saved choices and read back; a row saved without it reads as the reader’s', () => {
    const mapping = changeFeature(proposal(), '2', { functional: 7 });
    const text = writeSettings(header, { mapping });
    expect(text).toContain('"found":"question"');
    expect(found(readSettings(text, header)?.mapping ?? { features: [], segment: null })).toEqual([
      ['Speed', 'header'],
      ['Price', 'reader'],
      ['dark mode', 'question'],
      ['offline maps', 'question'],
    ]);
    // Something other than the two ways is not trusted.
    const odd = text.replace('"found":"question"', '"found":"magic"');
    expect(readSettings(odd, header)?.mapping?.features[2]?.found).toBeUndefined();
  });
});
