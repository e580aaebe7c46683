import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWERS, normalizeAnswerText, parseAnswer as parseWith } from '../../src/lib/kano/answers';
import { namesFromQuestions, parseImportance, readSideHeader } from '../../src/lib/kano/columns';
import { IssueLog } from '../../src/lib/kano/issues';
import { proposeMapping } from '../../src/lib/kano/mapping';
import { readSettings, writeSettings } from '../../src/lib/kano/saved-settings';
import { runSurvey } from '../../src/lib/kano/survey';
import { RECOGNITION, WORDINGS } from './kano-recognition';

const parseAnswer = (raw: string) => parseWith(raw, RECOGNITION);

describe('answer sets of Berger et al. (1993)', () => {
  it.each(WORDINGS.en.sets.map((set, i) => [i + 1, set] as const))(
    'set %i reads like to dislike in order',
    (_, set) => {
      expect(set.map((p) => parseAnswer(p))).toEqual([...ANSWERS]);
    },
  );
  it('reads "I dislike it, but I can live with it that way" as live-with, not dislike', () => {
    expect(parseAnswer('I dislike it, but I can live with it that way')).toBe('tolerate');
    expect(parseAnswer("I dislike it, and I can't accept it")).toBe('dislike');
    expect(parseAnswer('I dislike it, and I can’t accept it')).toBe('dislike');
  });
  it.each([
    ['  I LIKE IT  ', 'like'],
    ['i’m neutral', 'neutral'],
    ["I'm neutral", 'neutral'],
    ['must-be', 'expect'],
    ['Live with', 'tolerate'],
    ['3', 'neutral'],
    [' 5 ', 'dislike'],
    ['6', undefined],
    ['maybe', undefined],
    ['I like it a lot', undefined],
  ])('%j reads as %j', (raw, level) => {
    expect(parseAnswer(raw)).toBe(level);
  });
  it('normalises curly and straight quotes, spaces and case to one key', () => {
    expect(normalizeAnswerText('  I’m   Neutral ')).toBe(normalizeAnswerText("i'm neutral"));
  });
});

describe('header conventions', () => {
  it.each([
    ['F6_functional', 'F6', 'functional'],
    ['F6_dysfunctional', 'F6', 'dysfunctional'],
    ['functional_F6', 'F6', 'functional'],
    ['Speed-func', 'Speed', 'functional'],
    ['Speed.dysf', 'Speed', 'dysfunctional'],
    ['speed f', 'speed', 'functional'],
    ['Speed:d', 'Speed', 'dysfunctional'],
    ['Speed (Positive)', 'Speed', 'functional'],
    ['NEG Speed', 'Speed', 'dysfunctional'],
    ['pos-speed', 'speed', 'functional'],
    ['Speed present', 'Speed', 'functional'],
    ['(absent) Speed', 'Speed', 'dysfunctional'],
    ['Speed (functional)', 'Speed', 'functional'],
  ])('%j is %j, %s', (cell, name, side) => {
    expect(readSideHeader(cell)).toEqual({ name, side });
  });
  it.each(['Food', 'Gender', 'Speed (fun)', 'Respondent', 'Fund'])('%j is not a side header', (cell) => {
    expect(readSideHeader(cell)).toBeUndefined();
  });
});

const propose = (header: string[], rows: string[][] = []) =>
  proposeMapping(header, rows, new IssueLog(50), RECOGNITION).mapping;

describe('proposed mapping', () => {
  it('pairs suffix columns in either order, and keeps the old convention', () => {
    const m = propose([
      'id',
      'F1_functional',
      'F1_dysfunctional',
      'F2_dysfunctional',
      'F2_functional',
      'Chat:f',
      'Chat:d',
    ]);
    expect(m.features.map((f) => [f.name, f.functional, f.dysfunctional])).toEqual([
      ['F1', 1, 2],
      ['F2', 4, 3],
      ['Chat', 5, 6],
    ]);
  });
  it('pairs question-text columns and names the feature from what the questions share', () => {
    const header = [
      'Timestamp',
      'How would you feel if the app had dark mode?',
      'How would you feel if the app did not have dark mode?',
      'How would you feel if the app had offline maps?',
      'How would you feel if the app didn’t have offline maps?',
    ];
    const rows = [['t', 'I like it', 'I dislike it', 'I expect it', 'I am neutral']];
    const m = propose(header, rows);
    expect(m.features.map((f) => [f.name, f.functional, f.dysfunctional])).toEqual([
      ['dark mode', 1, 2],
      ['offline maps', 3, 4],
    ]);
  });
  it('finds importance by name and by a scale column right after a pair', () => {
    const header = ['A_functional', 'A_dysfunctional', 'A importance', 'B_functional', 'B_dysfunctional', 'Q9', 'Age'];
    const rows = [
      ['1', '5', '9 - Extremely important', '2', '5', '6', '34'],
      ['1', '5', '6', '2', '5', '1 - Not important', '51'],
    ];
    const m = propose(header, rows);
    expect(m.features.map((f) => [f.name, f.importance])).toEqual([
      ['A', 2],
      ['B', 5],
    ]);
  });
  it('names lone question pairs without the template words', () => {
    expect(
      namesFromQuestions([['If it had a free trial, how do you feel?', 'If it had no free trial, how do you feel?']]),
    ).toEqual(['free trial']);
  });
  it('gives no name, in no language, where the questions share no wording to name the feature by', () => {
    const same = ['How would you feel if it were there?', 'How would you feel if it were not there?'] as const;
    expect(namesFromQuestions([same, same])).toEqual(['', '']);
  });
});

describe('importance cells', () => {
  it.each([
    ['6', 6],
    ['9 - Extremely important', 9],
    ['1 – Not at all', 1],
    ['7.', 7],
    ['0', undefined],
    ['high', undefined],
    ['6.5', undefined],
  ])('%j reads as %j', (raw, v) => {
    expect(parseImportance(raw)).toBe(v);
  });
});

describe('answer mapping and what is not counted', () => {
  const csv = 'id,S (functional),S (dysfunctional)\nr1,Love it,5\nr2,1,5\nr3,,\nr4,1,\n';
  it('leaves unknown answers unassigned and names each uncounted cell and row', () => {
    const run = runSurvey(csv, RECOGNITION);
    expect(run.answers.find((a) => a.text === 'Love it')?.level).toBeNull();
    expect(run.analysis?.overall.features[0]?.total).toBe(1);
    const codes = run.issues.map((i) => [i.code, i.row]);
    expect(codes).toContainEqual(['unknown-answer', 2]);
    expect(codes).toContainEqual(['row-not-counted', 2]);
    expect(codes).toContainEqual(['half-answer', 5]);
    expect(codes).toContainEqual(['row-not-counted', 4]);
  });
  it('counts an answer once the reader assigns it', () => {
    const run = runSurvey(csv, RECOGNITION, { answers: { 'love it': 'like' } });
    expect(run.analysis?.overall.features[0]?.total).toBe(2);
    expect(run.analysis?.overall.features[0]?.counts.O).toBe(2);
  });
  it('never throws and never reports NaN on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const run = runSurvey(`a:f,a:d,seg\n${text}`, RECOGNITION, {
          mapping: { features: [{ name: 'a', functional: 0, dysfunctional: 1, importance: 2 }], segment: 2 },
        });
        expect(JSON.stringify(run.analysis ?? {})).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: 200 },
    );
  });
});

describe('kept settings', () => {
  it('come back only for the same header, and drop malformed parts', () => {
    const settings = {
      mapping: { features: [{ id: 'a1b2', name: 'S', functional: 1, dysfunctional: 2, importance: null }], segment: 0 },
      answers: { 'love it': 'like' as const },
      options: { table: 'pouliot' as const, rule: 'aom-vs-irq' as const },
    };
    const json = writeSettings(['id', 'a', 'b'], settings);
    expect(readSettings(json, ['id', 'a', 'b'])).toEqual(settings);
    expect(readSettings(json, ['id', 'a', 'c'])).toBeUndefined();
    expect(
      readSettings('{"header":["x"],"settings":{"mapping":{"features":[{"name":1}]},"answers":{"k":"boom"}}}', ['x']),
    ).toEqual({
      mapping: { features: [], segment: null },
      answers: {},
    });
    expect(readSettings('not json', ['x'])).toBeUndefined();
  });

  it("keep the priority list's order (version 2), and read version 1 text, which had none", () => {
    const header = ['id', 'a', 'b'];
    for (const priority of ['importance', 'worse', 'better'] as const) {
      const json = writeSettings(header, { options: { table: 'standard', rule: 'most-frequent' }, priority });
      expect(JSON.parse(json)).toMatchObject({ version: 2, priority });
      expect(readSettings(json, header)).toEqual({ options: { table: 'standard', rule: 'most-frequent' }, priority });
    }
    // No order chosen: none written, none read.
    expect(readSettings(writeSettings(header, {}), header)).toEqual({});
    expect(writeSettings(header, {})).not.toContain('priority');
    // Version 1 (no version field), as saved before: read as it was; a stray priority there is no choice.
    const v1 = '{"header":["id","a","b"],"settings":{"answers":{"yes":"like"}},"priority":"better"}';
    expect(readSettings(v1, header)).toEqual({ answers: { yes: 'like' } });
    // An order this reader does not know is dropped; the rest stays.
    const odd = '{"version":2,"header":["id","a","b"],"settings":{"answers":{}},"priority":"alphabetical"}';
    expect(readSettings(odd, header)).toEqual({ answers: {} });
    // A later version is not guessed at.
    const later = '{"version":3,"header":["id","a","b"],"settings":{"answers":{}},"priority":"better"}';
    expect(readSettings(later, header)).toBeUndefined();
  });
});
