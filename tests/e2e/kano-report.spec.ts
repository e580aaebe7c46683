import { expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import { hydrated } from './support/islands';

// A 6-feature survey made here, with its counts worked out by this file from its own copy of the
// evaluation table (Berger et al. 1993), never by the tool's code.

const TOOL = 'tools/kano/';
const ANSWERS = ['I like it', 'I expect it', 'I am neutral', 'I can tolerate it', 'I dislike it'];
/** Rows: functional answer like..dislike; columns: dysfunctional answer. */
const STANDARD = ['QAAAO', 'RIIIM', 'RIIIM', 'RIIIM', 'RRRRQ'];
const NAMES = ['Same-day delivery', 'Live chat', 'Gift wrapping', 'Dark mode', 'Price alerts', 'Loyalty points'];

/** Deterministic answers: per respondent and feature a pair of positions 0-4, and an importance 1-10. */
function survey(n: number, seed: number) {
  let s = seed;
  const next = (k: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % k;
  };
  return Array.from({ length: n }, () => NAMES.map(() => ({ f: next(5), d: next(5), importance: 1 + next(10) })));
}

const RS = survey(60, 2026);
const CSV = `${[
  ['Respondent', ...NAMES.flatMap((n) => [`${n} (functional)`, `${n} (dysfunctional)`, `${n} importance`])].join(','),
  ...RS.map((r, i) => [`r${i + 1}`, ...r.flatMap((p) => [ANSWERS[p.f], ANSWERS[p.d], String(p.importance)])].join(',')),
].join('\n')}\n`;
const category = (p: { f: number; d: number }) => STANDARD[p.f]?.[p.d] ?? '';

/** The text of a PDF, read with pdf.js's legacy build (it needs Promise.withResolvers, which Node 20 lacks). */
async function pdfText(pdf: Buffer): Promise<string> {
  const p = Promise as unknown as { withResolvers?: () => unknown };
  p.withResolvers ??= () => {
    let resolve: unknown;
    let reject: unknown;
    const promise = new Promise((yes, no) => {
      resolve = yes;
      reject = no;
    });
    return { promise, resolve, reject };
  };
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const content = await (await doc.getPage(i)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str);
  }
  return parts.join(' ').replace(/\s+/g, ' ');
}

async function loadSurvey(page: Page) {
  await page.goto(TOOL);
  await hydrated(page);
  await page.getByRole('radio', { name: 'A survey (CSV)' }).check();
  await page
    .getByLabel('Or choose a CSV file')
    .setInputFiles({ name: 'six.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
  await expect(page.getByRole('table', { name: /^Results per feature/ })).toBeVisible();
}

test('the survey report prints on at most two A4 or Letter pages, with the priority list', async ({ page }) => {
  await loadSurvey(page);
  const list = page.getByRole('list', { name: /^Priority list/ });
  await expect(list).toContainText(NAMES[0] ?? '');
  await expect(page.locator('.cx-kano__chart canvas').first()).toBeVisible();
  for (const format of ['A4', 'Letter'] as const) {
    const bytes = await page.pdf({ format, printBackground: false });
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount(), format).toBeLessThanOrEqual(2);
    const text = await pdfText(bytes);
    for (const words of ['Evaluation table: Standard', 'Results per feature', 'Better versus Worse', 'Priority list'])
      expect(text, format).toContain(words);
    // The priority list's advice for indifferent features, and every feature named in it.
    expect(text).toContain('Spend little on it');
    for (const name of NAMES) expect(text).toContain(name);
  }
  await page.emulateMedia({ media: 'print' });
  await expect(list).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Priority list' })).toBeVisible();
  await expect(page.getByRole('table', { name: /^Results per feature/ })).toBeVisible();
  await expect(page.getByText(/^Evaluation table: /).first()).toBeVisible();

  // The order chosen for the list is kept with the survey's other choices across a reload.
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('radio', { name: 'Mean importance (highest first)' })).toBeChecked();
  await page.getByRole('radio', { name: 'Better (largest first)' }).check();
  await expect(
    page.getByRole('list', { name: 'Priority list, within each category by Better (largest first)' }),
  ).toBeVisible();
  await page.reload();
  await hydrated(page);
  await expect(
    page.getByRole('list', { name: 'Priority list, within each category by Better (largest first)' }),
  ).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Better (largest first)' })).toBeChecked();
});

test('leaving out respondents with many questionable answers changes the counts as computed here, and the workbook says so', async ({
  page,
}) => {
  await loadSurvey(page);
  // By this file's table: respondents with more than 1 questionable pair across the six features.
  const kept = RS.filter((r) => r.filter((p) => category(p) === 'Q').length <= 1);
  const left = RS.length - kept.length;
  expect(left).toBeGreaterThan(0);
  const field = page.getByLabel('Most questionable (Q) answer pairs allowed per respondent');
  await field.fill('1');
  await field.press('Enter');
  await field.blur();
  const caption = `Results per feature (${left} of ${RS.length} respondents left out by the limits above)`;
  const table = page.getByRole('table', { name: caption, exact: true });
  await expect(table).toBeVisible();
  await expect(page.getByText(`more than 1 questionable answer pairs: ${left} of ${RS.length}`).first()).toBeVisible();
  const counts = (j: number) => {
    const c: Record<string, number> = { A: 0, O: 0, M: 0, I: 0, R: 0, Q: 0 };
    for (const r of kept) {
      const p = r[j];
      if (p) c[category(p)] = (c[category(p)] ?? 0) + 1;
    }
    return c;
  };
  const first = counts(0);
  const cells = table.getByRole('row', { name: new RegExp(`^${NAMES[0]} `) }).getByRole('cell');
  await expect(cells.nth(0)).toHaveText(String(kept.length));
  for (const [i, c] of ['A', 'O', 'M', 'I', 'R', 'Q'].entries())
    await expect(cells.nth(i + 1)).toHaveText(String(first[c]));

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download results as a spreadsheet (.xlsx)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('kano-results.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await file.path());
  expect(book.worksheets.map((w) => w.name)).toEqual([
    'Counts',
    'Results',
    'Segments',
    'Answer mapping',
    'Priority list',
    'Method',
  ]);
  const row = book.getWorksheet('Counts')?.getRow(2);
  expect(row?.getCell(3).value).toBe(NAMES[0]);
  expect(row?.getCell(4).value).toBe(kept.length);
  expect(row?.getCell(5).value).toBe(first['A']);
  const method: unknown[] = [];
  book.getWorksheet('Method')?.eachRow((r) => {
    method.push(r.getCell(1).value);
  });
  expect(method.join(' ')).toContain(`${left} of ${RS.length}`);
});
