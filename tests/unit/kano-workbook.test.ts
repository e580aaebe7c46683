import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { kanoFiles } from '../../src/i18n/en/kano-files';
import type { ExportContext } from '../../src/lib/kano/export';
import { runSurvey } from '../../src/lib/kano/survey';
import { workbookSheets } from '../../src/lib/kano/workbook';
import { writeWorkbook } from '../../src/lib/kano/xlsx';
import { RECOGNITION } from './kano-recognition';

// Two features, four respondents, a segment and an importance column.
// Chat: r1 like/dislike O, r2 O, r3 expect/expect I, r4 like/neutral A → A 1, O 2, I 1.
// Export: r1 expect/dislike M, r2 M, r3 neutral/neutral I, r4 like/like Q → M 2, I 1, Q 1.
const csv = [
  'Id,Plan,Chat (functional),Chat (dysfunctional),Chat importance,Export (functional),Export (dysfunctional)',
  'r1,Pro,I like it,I dislike it,9,I expect it,I dislike it',
  'r2,Basic,I like it,I dislike it,6,I expect it,I dislike it',
  'r3,Basic,I expect it,I expect it,3,I am neutral,I am neutral',
  'r4,=cmd,I like it,I am neutral,,I like it,I like it',
].join('\n');
const mapping = {
  features: [
    { name: 'Chat', functional: 2, dysfunctional: 3, importance: 4 },
    { name: 'Export', functional: 5, dysfunctional: 6, importance: null },
  ],
  segment: 1,
};

function context(run: ReturnType<typeof runSurvey>): ExportContext {
  return {
    labels: kanoFiles.export,
    header: run.header,
    mapping: run.mapping,
    answers: run.answers,
    method: ['Evaluation table: standard. Rule: most frequent.'],
    priority: 'worse',
  };
}

describe('spreadsheet export', () => {
  const run = runSurvey(csv, RECOGNITION, { mapping });
  const a = run.analysis;
  if (!a) throw new Error('no analysis');
  const sheets = workbookSheets(a, context(run));

  it('builds the sheets as plain values: numbers as numbers', () => {
    expect(sheets.map((s) => s.name)).toEqual([
      'Counts',
      'Results',
      'Segments',
      'Answer mapping',
      'Priority list',
      'Method',
    ]);
    const counts = sheets[0]?.rows ?? [];
    expect(counts[0]).toEqual([
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
    ]);
    expect(counts[1]).toEqual(['All respondents', 4, 'Chat', 4, 1, 2, 0, 1, 0, 0]);
    expect(counts[2]).toEqual(['All respondents', 4, 'Export', 4, 0, 0, 2, 1, 0, 1]);
    // The priority list by |Worse|: Export is must-be (|Worse| 2/3 = 0.667), Chat one-dimensional (2/4 = 0.5).
    expect(sheets[4]?.rows.slice(1).map((r) => r.slice(0, 4))).toEqual([
      [1, 'Must-be', 'Export', 0.667],
      [2, 'One-dimensional', 'Chat', 0.5],
    ]);
  });

  it('writes a workbook a spreadsheet reader reads back: sheets, values, types, no formula', async () => {
    const blob = await writeWorkbook(sheets);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await blob.arrayBuffer());
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Counts',
      'Results',
      'Segments',
      'Answer mapping',
      'Priority list',
      'Method',
    ]);
    const results = book.getWorksheet('Results');
    if (!results) throw new Error('no Results sheet');
    const header = (results.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    const chat = results.getRow(2);
    expect(chat.getCell(col('Feature')).value).toBe('Chat');
    expect(chat.getCell(col('Answer pairs')).value).toBe(4);
    expect(chat.getCell(col('Answer pairs')).type).toBe(ExcelJS.ValueType.Number);
    // Better (1 + 2) / 4 = 0.75, Worse −2 / 4 = −0.5; category strength (2 − 1) / 4 = 25 %, total 3 / 4 = 75 %.
    expect(chat.getCell(col('Better')).value).toBe(0.75);
    expect(chat.getCell(col('Worse')).value).toBe(-0.5);
    expect(chat.getCell(col('Category strength (%)')).value).toBe(25);
    expect(chat.getCell(col('Total strength (%)')).value).toBe(75);
    // Importance 9, 6, 3 (r4 left it blank): mean 6.
    expect(chat.getCell(col('Importance mean')).value).toBe(6);
    expect(chat.getCell(col('Category')).value).toBe('One-dimensional');
    // Segment rows follow: the segment named "=cmd" is text, not a formula and not escaped.
    const segmentNames: unknown[] = [];
    results.eachRow((r, i) => {
      if (i > 1) segmentNames.push(r.getCell(1).value);
    });
    expect(segmentNames).toContain('=cmd');
    for (const sheet of book.worksheets)
      sheet.eachRow((r) => {
        r.eachCell((c) => {
          expect(c.type).not.toBe(ExcelJS.ValueType.Formula);
          expect([ExcelJS.ValueType.Number, ExcelJS.ValueType.String]).toContain(c.type);
        });
      });
    const method = book.getWorksheet('Method');
    expect(method?.getCell('A1').value).toBe('Evaluation table: standard. Rule: most frequent.');
  });
});
