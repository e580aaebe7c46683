import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANSWERS, answerKey, parseAnswer as parseWith } from '../../src/lib/kano/answers';
import { isNegativeQuestion, readSideHeader } from '../../src/lib/kano/columns';
import { readHeader } from '../../src/lib/kano/headers';
import { IssueLog } from '../../src/lib/kano/issues';
import { proposeMapping } from '../../src/lib/kano/mapping';
import { runSurvey } from '../../src/lib/kano/survey';
import { RECOGNITION, WORDINGS } from './kano-recognition';

const parseAnswer = (raw: string) => parseWith(raw, RECOGNITION);

describe('German answer wordings', () => {
  it.each(WORDINGS.de.sets.map((set, i) => [i + 1, set] as const))(
    'set %i reads like to dislike in order',
    (_, set) => {
      expect(set.map((p) => parseAnswer(p))).toEqual([...ANSWERS]);
    },
  );
  it.each(WORDINGS.de.short.map((keys, i) => [ANSWERS[i], keys] as const))('short keys for %s', (answer, keys) => {
    for (const k of keys) expect(parseAnswer(k)).toBe(answer);
  });
  it.each([
    // whole phrases as German questionnaires word them
    ['Das würde mich sehr freuen', 'like'],
    ['Das setze ich voraus', 'expect'],
    ['Das muss so sein', 'expect'],
    ['Das ist mir egal', 'neutral'],
    ['Das nehme ich in Kauf', 'tolerate'],
    ['Das könnte ich hinnehmen', 'tolerate'],
    ['Das könnte ich in Kauf nehmen', 'tolerate'],
    ['Das würde mich sehr stören', 'dislike'],
    ['Das stört mich', 'dislike'],
    // short forms
    ['freuen', 'like'],
    ['voraussetzen', 'expect'],
    ['egal', 'neutral'],
    ['hinnehmen', 'tolerate'],
    ['stören', 'dislike'],
    // case, spaces, full stops
    ['DAS WÜRDE MICH SEHR FREUEN', 'like'],
    ['  das   ist mir   EGAL. ', 'neutral'],
    ['Stören', 'dislike'],
    // quotes, curly and straight, German and English
    ['„Das setze ich voraus“', 'expect'],
    ['"Das setze ich voraus"', 'expect'],
    ['“Das stört mich”', 'dislike'],
    ['‚Das muss so sein‘', 'expect'],
    ["'egal'", 'neutral'],
    // umlauts written out, and decomposed umlauts
    ['Das wuerde mich sehr freuen', 'like'],
    ['Das wuerde mich sehr stoeren', 'dislike'],
    ['stoeren', 'dislike'],
    ['Das koennte ich hinnehmen', 'tolerate'],
    ['Das wu\u0308rde mich sehr sto\u0308ren', 'dislike'],
    ['Das gefaellt mir nicht, aber ich kann damit leben', 'tolerate'],
    // a phrase is read whole: "stört mich nicht" is not "stört mich"
    ['Das würde mich nicht stören', 'tolerate'],
    ['Das gefällt mir nicht', 'dislike'],
    ['Das gefällt mir', 'like'],
    // not guessed
    ['Das würde mich ein bisschen freuen', undefined],
    ['vielleicht', undefined],
    ['Das ist mir', undefined],
  ])('%j reads as %j', (raw, answer) => {
    expect(parseAnswer(raw)).toBe(answer);
  });
  it('folds umlauts and ß the German way', () => {
    expect(answerKey('Größe Ärger Übel')).toBe('groesseaergeruebel');
    expect(answerKey('GRÖSSE')).toBe('groesse');
  });
  it('leaves the English sets as they were', () => {
    expect(parseAnswer('I dislike it, but I can live with it that way')).toBe('tolerate');
    expect(parseAnswer('I’m neutral')).toBe('neutral');
  });
});

describe('German headers', () => {
  it.each([
    ['Merkmal 1 (funktional)', { name: 'Merkmal 1', side: 'functional' }],
    ['Merkmal 1 (dysfunktional)', { name: 'Merkmal 1', side: 'dysfunctional' }],
    ['Lieferung (Funktional)', { name: 'Lieferung', side: 'functional' }],
    ['Lieferung:dysfunktional', { name: 'Lieferung', side: 'dysfunctional' }],
    ['Lieferung (Wichtigkeit)', undefined],
  ])('reads the header %j', (cell, expected) => {
    expect(readHeader(cell)).toEqual(expected);
  });
  it.each([
    ['Tempo_funktional', 'Tempo', 'functional'],
    ['Tempo_dysfunktional', 'Tempo', 'dysfunctional'],
    ['Tempo funkt', 'Tempo', 'functional'],
    ['Tempo (dysfunkt)', 'Tempo', 'dysfunctional'],
    ['Tempo positiv', 'Tempo', 'functional'],
    ['Tempo negativ', 'Tempo', 'dysfunctional'],
  ])('reads %j by convention', (cell, name, side) => {
    expect(readSideHeader(cell)).toEqual({ name, side });
  });
  it.each([
    ['Wie fänden Sie es, wenn die Lieferung am selben Tag käme?', false],
    ['Wie fänden Sie es, wenn die Lieferung nicht am selben Tag käme?', true],
    ['Wie fänden Sie es, wenn es keine Sendungsverfolgung gäbe?', true],
    ['Wie fänden Sie es, wenn die Bestellung ohne Konto möglich wäre?', true],
  ])('%j is negative: %j', (q, negative) => {
    expect(isNegativeQuestion(q)).toBe(negative);
  });
  it('finds "Wichtigkeit" and "Bedeutung" columns as importance', () => {
    const header = [
      'Tempo (funktional)',
      'Tempo (dysfunktional)',
      'Preis (funktional)',
      'Preis (dysfunktional)',
      'Bedeutung Tempo',
      'Preis (Wichtigkeit)',
    ];
    const rows = [['freuen', 'stören', 'egal', 'egal', '4', '2']];
    const { mapping } = proposeMapping(header, rows, new IssueLog(50), RECOGNITION);
    expect(mapping.features.map((f) => [f.name, f.functional, f.dysfunctional, f.importance])).toEqual([
      ['Tempo', 0, 1, 4],
      ['Preis', 2, 3, 5],
    ]);
  });
  it('pairs German question texts', () => {
    const header = [
      'Wie fänden Sie es, wenn Sie die Lieferung am selben Tag bekämen?',
      'Wie fänden Sie es, wenn Sie die Lieferung nicht am selben Tag bekämen?',
    ];
    const rows = [['Das würde mich sehr freuen', 'Das ist mir egal']];
    const { mapping } = proposeMapping(header, rows, new IssueLog(50), RECOGNITION);
    expect(mapping.features.map((f) => [f.functional, f.dysfunctional])).toEqual([[0, 1]]);
  });
});

describe('a German survey export (tests/fixtures/kano/umfrage-de.csv)', () => {
  const text = readFileSync(new URL('../fixtures/kano/umfrage-de.csv', import.meta.url), 'utf8');
  const run = runSurvey(text, RECOGNITION);
  const features = run.analysis?.overall.features ?? [];
  it('reads the semicolons, German headers and every worded answer', () => {
    expect(run.delimiter).toBe(';');
    expect(run.analysis?.respondents).toBe(8);
    expect(features.map((f) => f.name)).toEqual(['Merkmal 1', 'Merkmal 2', 'Merkmal 3']);
    expect(run.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(run.issues.some((i) => i.code === 'unknown-answer')).toBe(false);
  });
  it('classifies each feature as counted by hand', () => {
    // Merkmal 1: 5 × like/dislike (O), like/neutral (A), expect/dislike (M); respondent 8 left it blank.
    // Merkmal 2: 6 × expect-or-neutral/dislike (M), 2 × expect-or-neutral/tolerate (I).
    // Merkmal 3: 6 × I, like/neutral (A), dislike/neutral (R).
    expect(features.map((f) => [f.name, f.category, f.total, f.counts])).toEqual([
      ['Merkmal 1', 'O', 7, { A: 1, O: 5, M: 1, I: 0, R: 0, Q: 0 }],
      ['Merkmal 2', 'M', 8, { A: 0, O: 0, M: 6, I: 2, R: 0, Q: 0 }],
      ['Merkmal 3', 'I', 8, { A: 1, O: 0, M: 0, I: 6, R: 1, Q: 0 }],
    ]);
  });
  it('takes the "Wichtigkeit" columns as importance', () => {
    const mapping = run.mapping.features.map((f) => [f.name, f.importance]);
    expect(mapping).toEqual([
      ['Merkmal 1', 6],
      ['Merkmal 2', 9],
      ['Merkmal 3', null],
    ]);
    // (5 + 4 + 5 + 3 + 4 + 5 + 4) / 7 and (5 + 5 + 4 + 4 + 3 + 5 + 4 + 2) / 8
    expect(run.analysis?.overall.features[0]?.importance.mean).toBeCloseTo(30 / 7, 10);
    expect(run.analysis?.overall.features[1]?.importance.mean).toBeCloseTo(4, 10);
  });
});
