import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kanoText } from '../../src/i18n/en/kano';
import { benchCsv } from '../../src/lib/kano/bench-data';
import { readHeader } from '../../src/lib/kano/headers';
import { columnLetter } from '../../src/lib/kano/issues';
import { parseSurvey as parseWith } from '../../src/lib/kano/survey';
import { RECOGNITION } from './kano-recognition';

const H = 'Respondent,Chat (functional),Chat (dysfunctional),Export (functional),Export (dysfunctional)';
const parseSurvey = (text: string) => parseWith(text, RECOGNITION);
const codes = (text: string) => parseSurvey(text).issues.map((i) => i.code);

describe('survey CSV: the happy path', () => {
  it('classifies words and numbers alike', () => {
    const r = parseSurvey(
      `${H}\nr1,I like it,I dislike it,2,5\nr2,like,dislike,expect,5\nr3,1,5,I expect it,I dislike it\n`,
    );
    expect(r.respondents).toBe(3);
    expect(r.features.map((f) => [f.name, f.category, f.total])).toEqual([
      ['Chat', 'O', 3],
      ['Export', 'M', 3],
    ]);
    expect(r.issues).toEqual([]); // the Respondent column names respondents: no problem
  });
  it('accepts the short headers name:f and name:d in any order and case', () => {
    const r = parseSurvey('chat:D,Chat:f\n5,1\n');
    expect(r.features).toHaveLength(1);
    expect(r.features[0]?.category).toBe('O');
  });
  it.each([
    ['Speed (functional)', { name: 'Speed', side: 'functional' }],
    ['Speed(dysfunctional)', { name: 'Speed', side: 'dysfunctional' }],
    ['  Two  words (Functional) ', { name: 'Two words', side: 'functional' }],
    ['Speed:functional', { name: 'Speed', side: 'functional' }],
    ['Speed: d', { name: 'Speed', side: 'dysfunctional' }],
    ['Speed', undefined],
    ['Speed (fun)', undefined],
  ])('reads the header %j', (cell, expected) => {
    expect(readHeader(cell)).toEqual(expected);
  });
});

describe('survey CSV: bad input', () => {
  it('strips a byte-order mark', () => {
    const r = parseSurvey(`\uFEFF${H}\nr1,1,5,2,5\n`);
    expect(r.features.map((f) => f.name)).toEqual(['Chat', 'Export']);
    expect(r.respondents).toBe(1);
  });
  it('reads semicolon-separated files and says so', () => {
    const r = parseSurvey(`${H.replaceAll(',', ';')}\nr1;1;5;2;5\nr2;like;dislike;2;5\n`);
    expect(r.delimiter).toBe(';');
    expect(r.respondents).toBe(2);
    expect(r.issues.some((i) => i.code === 'delimiter')).toBe(true);
  });
  it('reads tab-separated files', () => {
    const r = parseSurvey(`${H.replaceAll(',', '\t')}\nr1\t1\t5\t2\t5\n`);
    expect(r.delimiter).toBe('\t');
    expect(r.respondents).toBe(1);
  });
  it('reads quoted fields with commas, quotes and line breaks', () => {
    const r = parseSurvey(
      '"Chat, live (functional)","Chat, live (dysfunctional)",Note\n"I like it","I dislike it","said ""hi""\nthen left"\n',
    );
    expect(r.features[0]?.name).toBe('Chat, live');
    expect(r.features[0]?.counts.O).toBe(1);
  });
  it('names missing and unpaired columns, and still counts the complete features', () => {
    const r = parseSurvey('Chat (functional),Chat (dysfunctional),Export (functional)\n1,5,2\n');
    expect(r.features.map((f) => f.name)).toEqual(['Chat']);
    const unpaired = r.issues.find((i) => i.code === 'unpaired-column');
    expect(unpaired).toMatchObject({ row: 1, column: 2, feature: 'Export', value: 'dysfunctional', severity: 'error' });
    expect(kanoText.issue(unpaired ?? { code: 'no-answers', severity: 'error' })).toBe(
      'Row 1, column C (“Export (functional)”): feature “Export” has no dysfunctional column, so it was left out.',
    );
  });
  it('reports a header with no feature columns at all', () => {
    const r = parseSurvey('name,age\nAnn,3\n');
    expect(r.features).toEqual([]);
    expect(r.issues.map((i) => i.code)).toContain('no-feature-columns');
  });
  it('reports duplicate and unnamed columns', () => {
    expect(codes('A (functional),A (functional),A (dysfunctional),(functional)\n1,2,5,3\n')).toEqual([
      'duplicate-column',
      'unnamed-feature',
    ]);
  });
  it('reports unknown answers with row and column, and keeps every valid pair', () => {
    const r = parseSurvey(`${H}\nr1,maybe,5,2,5\nr2,1,5,2,<script>alert(1)</script>\nr3,1,5,2,5\n`);
    expect(r.features[0]?.total).toBe(2);
    expect(r.features[1]?.total).toBe(2);
    expect(r.respondents).toBe(3);
    const unknown = r.issues.filter((i) => i.code === 'unknown-answer');
    expect(unknown.map((i) => [i.row, columnLetter(i.column ?? -1), i.value])).toEqual([
      [2, 'B', 'maybe'],
      [3, 'E', '<script>alert(1)</script>'],
    ]);
    expect(kanoText.issue(unknown[0] ?? { code: 'no-answers', severity: 'error' })).toContain('Row 2, column B');
  });
  it('reports a pair with only one answer', () => {
    const r = parseSurvey(`${H}\nr1,1,,2,5\n`);
    expect(r.issues.find((i) => i.code === 'half-answer')).toMatchObject({ row: 2, column: 2, feature: 'Chat' });
    expect(r.features[1]?.total).toBe(1);
  });
  it('skips a blank pair silently', () => {
    const r = parseSurvey(`${H}\nr1,,,2,5\n`);
    expect(r.issues.map((i) => i.code)).toEqual(['feature-no-answers']);
  });
  it('notes empty rows in the middle but not trailing blank lines', () => {
    const r = parseSurvey(`${H}\nr1,1,5,2,5\n\n , , ,,\nr2,1,5,2,5\n\n\n`);
    expect(r.respondents).toBe(2);
    expect(r.issues.filter((i) => i.code === 'empty-row').map((i) => i.row)).toEqual([3, 4]);
  });
  it('reports short and long rows but keeps what they hold', () => {
    const r = parseSurvey(`${H}\nr1,1,5\nr2,1,5,2,5,extra\nr3,1,5,2,5,,\n`);
    expect(r.issues.filter((i) => i.code === 'short-row' || i.code === 'long-row').map((i) => [i.code, i.row])).toEqual(
      [
        ['short-row', 2],
        ['long-row', 3],
      ],
    );
    expect(r.features[0]?.total).toBe(3);
  });
  it('reports an unclosed quote', () => {
    const r = parseSurvey(`${H}\nr1,"1,5,2,5\n`);
    expect(r.issues.some((i) => i.code === 'parse-error')).toBe(true);
  });
  it('refuses empty input and only a header', () => {
    expect(codes('')).toEqual(['empty-input']);
    expect(codes('\uFEFF  \n')).toEqual(['empty-input']);
    expect(codes(`${H}\n`)).toEqual(['no-answers']);
  });
  it('refuses text over the size limit without parsing it', () => {
    const r = parseSurvey('x'.repeat(20_000_001));
    expect(r.issues.map((i) => i.code)).toEqual(['too-large']);
  });
  it('reads a 5 MB file', () => {
    const csv = benchCsv(40_000, 30);
    expect(csv.length).toBeGreaterThan(5_000_000);
    const r = parseSurvey(csv);
    expect(r.respondents).toBe(40_000);
    expect(r.issueCount).toBe(0);
  });
  it('keeps the first 50 issues and counts the rest', () => {
    const rows = Array.from({ length: 120 }, (_, i) => `r${i},nope,5,2,5`).join('\n');
    const r = parseSurvey(`${H}\n${rows}\n`);
    expect(r.issues).toHaveLength(50);
    expect(r.issueCount).toBe(121); // 120 unknown answers, and Chat with no valid pair (the Respondent column is no problem)
    expect(r.features[1]?.total).toBe(120);
  });
});

describe('survey CSV: never throws', () => {
  const cell = fc.oneof(
    fc.constantFrom(
      '1',
      '5',
      'I like it',
      'dislike',
      '',
      ' ',
      '"',
      '""',
      ';',
      ',',
      '\n',
      '\r\n',
      '\uFEFF',
      'x (functional)',
      'x:d',
      '=1+1',
    ),
    fc.string({ maxLength: 8 }),
  );
  it('turns any text into results or messages', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 60 }), (parts) => {
        const r = parseSurvey(parts.join(''));
        for (const f of r.features) {
          for (const v of [f.better, f.worse, f.strength]) if (v !== undefined && !Number.isFinite(v)) return false;
        }
        for (const i of r.issues) if (typeof kanoText.issue(i) !== 'string') return false;
        return r.features.length > 0 || r.issues.length > 0;
      }),
      { numRuns: 500 },
    );
  });
  it('survives arbitrary unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const r = parseSurvey(s);
        return Array.isArray(r.features) && r.issueCount >= r.issues.length;
      }),
      { numRuns: 300 },
    );
  });
});
