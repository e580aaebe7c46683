import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { kanoText as deKano } from '../../src/i18n/de/kano';
import { kanoFiles as deFiles } from '../../src/i18n/de/kano-files';
import { kanoText } from '../../src/i18n/en/kano';
import { kanoFiles } from '../../src/i18n/en/kano-files';
import { emptyCounts } from '../../src/lib/kano/counts';
import { analysisCsv, escapeFormula, resultsCsv } from '../../src/lib/kano/export';
import { summarizeFeature } from '../../src/lib/kano/feature';
import { sampleSurveyCsv as sampleOf, templateCsv as templateOf } from '../../src/lib/kano/sample';

const labels = kanoFiles.export;
const sampleSurveyCsv = () => sampleOf(kanoFiles.sampleFeatures, kanoText.answers);
const templateCsv = () => templateOf(kanoFiles.templateFeatures);
/** The results file's header, written out by hand from the documented columns. */
const RESULT_COLUMNS = [
  'Feature',
  'Answer pairs',
  'A',
  'O',
  'M',
  'I',
  'R',
  'Q',
  'Category',
  'Runner-up',
  'Strength (points)',
  'Mixed',
  'Better',
  'Worse',
  'Quadrant',
  'Many questionable',
  'Many reverse',
];
/** The analysis file's header, written out by hand. */
const ANALYSIS_COLUMNS = [
  'Segment',
  'Respondents in segment',
  'Feature',
  'Answer pairs',
  'A',
  'O',
  'M',
  'I',
  'R',
  'Q',
  'Evaluation table',
  'Rule',
  'Category',
  'Runner-up',
  'Strength (points)',
  'Category strength (%)',
  'Total strength (%)',
  'Mixed',
  'Top vs runner-up p (exact binomial)',
  'Clear at 5%',
  'Fong |a - b|',
  'Fong critical value',
  'Fong significant at 5%',
  'Better',
  'Better 95% low (Wilson)',
  'Better 95% high (Wilson)',
  'Worse',
  'Worse 95% low (Wilson)',
  'Worse 95% high (Wilson)',
  'Importance mean',
  'Importance SD',
  'Importance answers',
  'Functional score mean',
  'Functional score SD',
  'Dysfunctional score mean',
  'Dysfunctional score SD',
  'Quadrant',
  'Many questionable',
  'Many reverse',
  'Segments differ: chi-square',
  'Segments differ: df',
  'Segments differ: p',
  'Segments differ: p method',
] as const;

import { parseSurvey as parseWith, runSurvey } from '../../src/lib/kano/survey';
import { RECOGNITION } from './kano-recognition';

const parseSurvey = (text: string) => parseWith(text, RECOGNITION);

describe('formula-injection protection', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['−3', "'−3"],
    ['\u2212SUM(A1)', "'\u2212SUM(A1)"],
    ['Plain', 'Plain'],
    ['a=b', 'a=b'],
  ])('%j becomes %j', (raw, safe) => {
    expect(escapeFormula(raw)).toBe(safe);
  });
});

describe('results CSV', () => {
  it('writes one row per feature, escapes names and leaves undefined coefficients empty', () => {
    const a = summarizeFeature('=HYPERLINK("x")', { ...emptyCounts(), A: 3, O: 1 });
    const b = summarizeFeature('Only odd answers', { ...emptyCounts(), Q: 2 });
    const rows = Papa.parse<string[]>(resultsCsv([a, b], labels).trim()).data;
    expect(rows[0]).toEqual([...RESULT_COLUMNS]);
    expect(rows[1]?.[0]).toBe('\'=HYPERLINK("x")');
    expect(rows[1]?.slice(1, 8)).toEqual(['4', '3', '1', '0', '0', '0', '0']);
    expect(rows[1]?.slice(8, 12)).toEqual(['Attractive', 'One-dimensional', '50', 'no']);
    expect(rows[1]?.slice(12, 14)).toEqual(['1', '-0.25']);
    expect(rows[2]?.slice(12, 14)).toEqual(['', '']);
    expect(resultsCsv([a, b], labels)).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('sample and template', () => {
  it('makes the same sample every time: 30 respondents, 5 features, all valid', () => {
    expect(sampleSurveyCsv()).toBe(sampleSurveyCsv());
    const r = parseSurvey(sampleSurveyCsv());
    expect(r.respondents).toBe(30);
    expect(r.features.map((f) => f.name)).toEqual([...kanoFiles.sampleFeatures]);
    expect(r.issues).toEqual([]); // its Respondent column is the site's own, no problem
    expect(r.features.map((f) => f.category)).toEqual(['M', 'O', 'A', 'I', 'I']);
  });
  it('makes the German sample in German words, read back to the same results', () => {
    const csv = sampleOf(deFiles.sampleFeatures, deKano.answers);
    expect(csv).toContain(deKano.answers.like);
    const r = parseSurvey(csv);
    expect(r.issues).toEqual([]); // its Respondent column is the site's own, no problem
    const english = parseSurvey(sampleSurveyCsv()).features;
    expect(r.features.map((f) => ({ ...f, name: '' }))).toEqual(english.map((f) => ({ ...f, name: '' })));
  });
  it('keeps the downloadable files in public/ identical to what the library makes', () => {
    expect(readFileSync('public/downloads/kano-sample.csv', 'utf8')).toBe(sampleSurveyCsv());
    expect(readFileSync('public/downloads/kano-template.csv', 'utf8')).toBe(templateCsv());
  });
  it('has a template whose header the reader accepts', () => {
    const r = parseSurvey(templateCsv());
    expect(r.issues.map((i) => i.code)).toEqual(['no-answers']);
  });
});

describe('full analysis CSV', () => {
  const csv = [
    'Id,Plan,=Chat (functional),=Chat (dysfunctional),Chat importance',
    'r1,Pro,I like it,I dislike it,9 - Extremely important',
    'r2,Basic,I like it,I dislike it,6',
    'r3,Basic,I expect it,I expect it,3',
    'r4,=cmd,Love it,I dislike it,',
  ].join('\n');
  const mapping = {
    features: [{ name: '=Chat', functional: 2, dysfunctional: 3, importance: 4 }],
    segment: 1,
  };
  it('carries counts, table, rule, intervals, test, importance, segments, mapping and answers, all formula-safe', () => {
    const run = runSurvey(csv, RECOGNITION, { mapping, options: { table: 'pouliot', rule: 'aom-vs-irq' } });
    if (!run.analysis) throw new Error('no analysis');
    const text = analysisCsv(run.analysis, {
      labels,
      header: run.header,
      mapping: run.mapping,
      answers: run.answers,
      method: ['Method sentence.'],
      priority: 'worse',
    });
    const rows = Papa.parse<string[]>(text.trim()).data;
    expect(rows[0]).toEqual([...ANALYSIS_COLUMNS]);
    const col = (name: (typeof ANALYSIS_COLUMNS)[number]) => ANALYSIS_COLUMNS.indexOf(name);
    const all = rows[1] ?? [];
    expect(all[col('Segment')]).toBe('All respondents');
    expect(all[col('Feature')]).toBe("'=Chat");
    // By hand: like/dislike twice is O, expect/expect is Q in Pouliot's table; "Love it" not counted.
    expect(all.slice(col('A'), col('Q') + 1)).toEqual(['0', '2', '0', '0', '0', '1']);
    expect(all[col('Evaluation table')]).toMatch(/Pouliot/);
    expect(all[col('Rule')]).toMatch(/A\+O\+M > I\+R\+Q/);
    // Better = 2/2 = 1; Wilson for 2 of 2: low = 2/(2 + 3.8415) = 0.342, high 1.
    expect(all[col('Better')]).toBe('1');
    expect(all[col('Better 95% low (Wilson)')]).toBe('0.342');
    expect(all[col('Better 95% high (Wilson)')]).toBe('1');
    expect(all[col('Importance mean')]).toBe('6');
    // Pouliot: O 2, Q 1 of 3 pairs: category strength (2 − 0) / 3 = 66.7 %, total strength 2 / 3 = 66.7 %;
    // A + O + M + I = 2 is under 12, so no Fong test.
    expect(all[col('Category strength (%)')]).toBe('66.7');
    expect(all[col('Total strength (%)')]).toBe('66.7');
    expect(all[col('Fong |a - b|')]).toBe('');
    expect(all[col('Importance answers')]).toBe('3');
    const segments = rows.slice(2, 4).map((r) => r[col('Segment')]);
    expect(segments).toEqual(['Pro', 'Basic']);
    expect(text).toContain('Column mapping');
    expect(text).toContain("'=Chat (functional)");
    expect(rows.some((r) => r[0] === 'Love it' && r[1] === 'unassigned')).toBe(true);
    // The priority list for everyone: one feature, one-dimensional, |Worse| = 2/2 = 1, then the method.
    const at = rows.findIndex((r) => r[0] === 'Priority list');
    expect(rows[at + 2]?.slice(0, 4)).toEqual(['1', 'One-dimensional', "'=Chat", '1']);
    expect(rows[at + 2]?.[4]).toMatch(/^Improve it next/);
    expect(rows.at(-1)).toEqual(['Method sentence.']);
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
  });
});
