import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { emptyCounts } from '../../src/lib/kano/counts';
import { escapeFormula, RESULT_COLUMNS, resultsCsv } from '../../src/lib/kano/export';
import { summarizeFeature } from '../../src/lib/kano/feature';
import { SAMPLE_FEATURES, sampleSurveyCsv, templateCsv } from '../../src/lib/kano/sample';
import { parseSurvey } from '../../src/lib/kano/survey';

describe('formula-injection protection', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
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
    const rows = Papa.parse<string[]>(resultsCsv([a, b]).trim()).data;
    expect(rows[0]).toEqual([...RESULT_COLUMNS]);
    expect(rows[1]?.[0]).toBe('\'=HYPERLINK("x")');
    expect(rows[1]?.slice(1, 8)).toEqual(['4', '3', '1', '0', '0', '0', '0']);
    expect(rows[1]?.slice(8, 12)).toEqual(['Attractive', 'One-dimensional', '50', 'no']);
    expect(rows[1]?.slice(12, 14)).toEqual(['1', '-0.25']);
    expect(rows[2]?.slice(12, 14)).toEqual(['', '']);
    expect(resultsCsv([a, b])).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('sample and template', () => {
  it('makes the same sample every time: 30 respondents, 5 features, all valid', () => {
    expect(sampleSurveyCsv()).toBe(sampleSurveyCsv());
    const r = parseSurvey(sampleSurveyCsv());
    expect(r.respondents).toBe(30);
    expect(r.features.map((f) => f.name)).toEqual(SAMPLE_FEATURES.map((f) => f.name));
    expect(r.issues.map((i) => i.code)).toEqual(['ignored-column']);
    expect(r.features.map((f) => f.category)).toEqual(['M', 'O', 'A', 'I', 'I']);
  });
  it('keeps the downloadable files in public/ identical to what the library makes', () => {
    expect(readFileSync('public/downloads/kano-sample.csv', 'utf8')).toBe(sampleSurveyCsv());
    expect(readFileSync('public/downloads/kano-template.csv', 'utf8')).toBe(templateCsv());
  });
  it('has a template whose header the reader accepts', () => {
    const r = parseSurvey(templateCsv());
    expect(r.issues.map((i) => i.code)).toEqual(['ignored-column', 'no-answers']);
  });
});
