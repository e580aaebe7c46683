import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { hydrated } from './support/islands';

// Survey files in the shapes real exporters produce, generated here; every expected count is
// computed by this file from its own copy of the evaluation tables, never by the tool's code.

const TOOL = 'tools/kano/';
const CATS = ['A', 'O', 'M', 'I', 'R', 'Q'] as const;
type Cat = (typeof CATS)[number];
/** Rows: functional answer like..dislike; columns: dysfunctional answer (Berger et al. 1993). */
const STANDARD = ['QAAAO', 'RIIIM', 'RIIIM', 'RIIIM', 'RRRRQ'];
/** Pouliot's modified table: expect/expect and tolerate/tolerate are questionable. */
const POULIOT = ['QAAAO', 'RQIIM', 'RIIIM', 'RIIQM', 'RRRRQ'];

const SETS = [
  ['I like it that way', 'It must be that way', 'I am neutral', 'I can live with it that way', 'I dislike it that way'],
  [
    'I enjoy it that way',
    'It is a basic necessity or I expect it that way',
    'I am neutral',
    'I dislike it, but I can live with it that way',
    'I dislike it, and I can’t accept it',
  ],
  [
    'This would be very helpful to me',
    'This is a basic requirement for me',
    'This would not affect me',
    'This would be a minor inconvenience',
    'This would be a major problem for me',
  ],
  ['I like it', 'I expect it', 'I’m neutral', 'I can tolerate it', 'I dislike it'],
];

/** A small deterministic generator (linear congruential), so each run makes the same files. */
function numbers(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
}

interface Respondent {
  /** Per feature [functional, dysfunctional] answer positions 0-4. */
  pairs: [number, number][];
  importance: number[];
  plan: string;
}

function respondents(n: number, features: number, seed: number): Respondent[] {
  const next = numbers(seed);
  return Array.from({ length: n }, () => ({
    pairs: Array.from({ length: features }, () => [next(5), next(5)] as [number, number]),
    importance: Array.from({ length: features }, () => 1 + next(9)),
    plan: next(3) === 0 ? 'Pro' : 'Basic',
  }));
}

function countsOf(rs: readonly Respondent[], feature: number, table = STANDARD): Record<Cat, number> {
  const c: Record<Cat, number> = { A: 0, O: 0, M: 0, I: 0, R: 0, Q: 0 };
  for (const r of rs) {
    const [f, d] = r.pairs[feature] ?? [2, 2];
    c[(table[f] ?? '')[d] as Cat] += 1;
  }
  return c;
}

const csvCell = (s: string) => (/[",;\n\t]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

async function openSurvey(page: Page) {
  await page.goto(TOOL);
  await hydrated(page);
  await page.getByRole('radio', { name: 'A survey (CSV)' }).check();
}

async function readFile(page: Page, name: string, content: string) {
  await page
    .getByLabel('Or choose a CSV file')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
}

const results = (page: Page, name = 'Results per feature') => page.getByRole('table', { name, exact: true });

async function expectCounts(page: Page, feature: string, counts: Record<Cat, number>, table = 'Results per feature') {
  const row = results(page, table).getByRole('row', { name: new RegExp(`^${feature} `) });
  const cells = row.getByRole('cell');
  const total = CATS.reduce((s, c) => s + counts[c], 0);
  await expect(cells.nth(0)).toHaveText(String(total));
  for (const [i, c] of CATS.entries()) await expect(cells.nth(i + 1)).toHaveText(String(counts[c]));
}

test('question-text headers (Google Forms style), answer set 1, UTF-8 BOM and CRLF', async ({ page }) => {
  const names = ['dark mode', 'offline maps', 'voice search'];
  const rs = respondents(37, names.length, 11);
  const header = [
    'Timestamp',
    ...names.flatMap((n) => [
      `How would you feel if the app had ${n}?`,
      `How would you feel if the app did not have ${n}?`,
    ]),
  ];
  const lines = [header.map(csvCell).join(',')];
  rs.forEach((r, i) => {
    const cells = [`2025-05-0${(i % 9) + 1} 10:00`];
    for (const [f, d] of r.pairs) cells.push(SETS[0]?.[f] ?? '', SETS[0]?.[d] ?? '');
    lines.push(cells.map(csvCell).join(','));
  });
  await openSurvey(page);
  await readFile(page, 'forms.csv', `\uFEFF${lines.join('\r\n')}\r\n`);
  await expect(results(page)).toBeVisible();
  for (const [j, n] of names.entries()) await expectCounts(page, n, countsOf(rs, j));
  await expect(page.getByRole('table', { name: 'Column mapping' })).toContainText('question wording');
});

test('_functional/_dysfunctional with one pair reversed, answer set 2, semicolons, mixed importance texts', async ({
  page,
}) => {
  const rs = respondents(41, 3, 23);
  const header = ['ID', 'Plan'];
  for (let j = 1; j <= 3; j += 1) {
    if (j === 2) header.push(`F${j}_dysfunctional`, `F${j}_functional`, `F${j}_importance`);
    else header.push(`F${j}_functional`, `F${j}_dysfunctional`, `F${j}_importance`);
  }
  const importanceText = (v: number, i: number) =>
    v === 9 && i % 2 === 0 ? '9 - Extremely important' : v === 1 ? '1 - Not at all important' : String(v);
  const lines = [header.join(';')];
  rs.forEach((r, i) => {
    const cells = [`R${i + 1}`, r.plan];
    r.pairs.forEach(([f, d], j) => {
      // Straight and curly apostrophes alike.
      const word = (k: number) => (SETS[1]?.[k] ?? '').replace('’', i % 2 ? "'" : '’');
      const imp = importanceText(r.importance[j] ?? 5, i);
      cells.push(...(j === 1 ? [word(d), word(f)] : [word(f), word(d)]), imp);
    });
    lines.push(cells.map(csvCell).join(';'));
  });
  await openSurvey(page);
  await readFile(page, 'export.csv', `${lines.join('\n')}\n`);
  await expect(results(page)).toBeVisible();
  for (let j = 0; j < 3; j += 1) await expectCounts(page, `F${j + 1}`, countsOf(rs, j));
  // Importance: mean of the ratings, worked here.
  for (let j = 0; j < 3; j += 1) {
    const mean = rs.reduce((s, r) => s + (r.importance[j] ?? 0), 0) / rs.length;
    await expect(results(page).getByRole('row', { name: new RegExp(`^F${j + 1} `) })).toContainText(
      `mean ${mean.toFixed(1)},`,
    );
  }
  await expect(page.getByText(/Point size: mean importance/).first()).toBeVisible();

  // A segment chosen by keyboard: the segment select, moved down to column B ("Plan").
  const segment = page.getByRole('combobox', { name: 'Compare segments by column' });
  await segment.focus();
  await page.keyboard.press('ArrowDown'); // A: ID
  await page.keyboard.press('ArrowDown'); // B: Plan
  await expect(segment).toHaveValue('1');
  await expect(page.getByRole('heading', { name: 'Segments' })).toBeVisible();
  for (const plan of ['Basic', 'Pro']) {
    const members = rs.filter((r) => r.plan === plan);
    await expect(page.getByRole('heading', { name: `Segment “${plan}”: ${members.length} respondents` })).toBeVisible();
    await expectCounts(page, 'F1', countsOf(members, 0), `Results per feature: Segment “${plan}”`);
  }
  await expect(page.getByRole('table', { name: /Do segments differ/ })).toContainText(/χ² = \d/);
  await page.getByText('Alternative reading: continuous scores').click();
  const axe = await new AxeBuilder({ page })
    .include('main')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('answer set 3, pos/neg headers; the table variant switched by keyboard changes counts as the tables say', async ({
  page,
}) => {
  const rs = respondents(50, 2, 5);
  // Make sure expect/expect and tolerate/tolerate pairs occur.
  rs[0] = {
    ...(rs[0] as Respondent),
    pairs: [
      [1, 1],
      [3, 3],
    ],
  };
  rs[1] = {
    ...(rs[1] as Respondent),
    pairs: [
      [3, 3],
      [1, 1],
    ],
  };
  const header = ['Respondent', 'Speed pos', 'Speed neg', 'Price pos', 'Price neg'];
  const lines = [header.join(',')];
  rs.forEach((r, i) => {
    lines.push([`r${i}`, ...r.pairs.flatMap(([f, d]) => [SETS[2]?.[f] ?? '', SETS[2]?.[d] ?? ''])].join(','));
  });
  await openSurvey(page);
  await readFile(page, 'pos-neg.csv', `${lines.join('\r\n')}\r\n`);
  await expect(results(page)).toBeVisible();
  await expectCounts(page, 'Speed', countsOf(rs, 0));
  await expectCounts(page, 'Price', countsOf(rs, 1));
  await expect(page.getByText(/Evaluation table: Standard \(Berger et al\. 1993\)/).first()).toBeVisible();
  await page.getByRole('radio', { name: 'Standard (Berger et al. 1993)' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^Modified, after Pouliot/ })).toBeChecked();
  await expectCounts(page, 'Speed', countsOf(rs, 0, POULIOT));
  await expectCounts(page, 'Price', countsOf(rs, 1, POULIOT));
  await expect(page.getByText(/Evaluation table: Modified, after Pouliot/).first()).toBeVisible();
  const before = countsOf(rs, 0);
  const after = countsOf(rs, 0, POULIOT);
  expect(after.Q).toBeGreaterThan(before.Q);
  expect(after.I).toBe(before.I - (after.Q - before.Q));
  // The continuous view: functional scores like 4, must-be 2, neutral 0, live-with −1, dislike −2, averaged here.
  const scores = [4, 2, 0, -1, -2];
  const mean = rs.reduce((sum, r) => sum + (scores[r.pairs[0]?.[0] ?? 2] ?? 0), 0) / rs.length;
  await page.getByText('Alternative reading: continuous scores').click();
  const continuous = page.getByRole('table', { name: /^Continuous scores per feature/ });
  await expect(
    continuous
      .getByRole('row', { name: /^Speed / })
      .getByRole('cell')
      .first(),
    // The reading runs again in the worker; a loaded two-core machine has taken over 5 s.
  ).toHaveText(new RegExp(`^${mean < 0 ? '−' : ''}${Math.abs(mean).toFixed(2)} \\(SD`), { timeout: 20_000 });
  await expect(page.getByRole('img', { name: /^Plot of 2 features/ })).toBeVisible();
});

test('answer set 4 with curly apostrophes and numbers; an unknown answer assigned and a column remapped by keyboard', async ({
  page,
}) => {
  const rs = respondents(30, 2, 9);
  const lines = ['Id,Chat (functional),Chat (dysfunctional),Export:f,Export:d,Notes'];
  rs.forEach((r, i) => {
    const [[cf, cd], [ef, ed]] = r.pairs as [[number, number], [number, number]];
    const chatF = i === 0 ? 'Love it' : (SETS[3]?.[cf] ?? '');
    lines.push(`r${i},${chatF},${SETS[3]?.[cd]},${ef + 1},${ed + 1},n`);
  });
  await openSurvey(page);
  await readFile(page, 'set4.csv', `${lines.join('\n')}\n`);
  await expect(results(page)).toBeVisible();
  const rest = rs.slice(1);
  const chatWithoutFirst = countsOf(rest, 0);
  await expectCounts(page, 'Chat', chatWithoutFirst);
  await expectCounts(page, 'Export', countsOf(rs, 1));
  await expect(page.getByText(/Row 2, column B: “Love it”/)).toBeVisible();

  // Assign "Love it" to Like by keyboard: unassigned → Like is one step down.
  const select = page.getByRole('combobox', { name: 'Read “Love it” as' });
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue('like');
  const first = { ...(rs[0] as Respondent), pairs: [[0, rs[0]?.pairs[0]?.[1] ?? 0]] as [number, number][] };
  await expectCounts(page, 'Chat', countsOf([first, ...rest], 0));

  // Remap Export's dysfunctional column by keyboard to Chat's (column C): counts follow the test's own table.
  const dys = page.getByRole('combobox', { name: 'Dysfunctional column of “Export”' });
  await dys.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('C');
  await page.keyboard.press('Tab');
  await expect(dys).toHaveValue('C: Chat (dysfunctional)');
  const remapped = rs.map((r) => ({
    ...r,
    pairs: [r.pairs[0], [r.pairs[1]?.[0] ?? 0, r.pairs[0]?.[1] ?? 0]] as [number, number][],
  }));
  await expectCounts(page, 'Export', countsOf(remapped, 1));

  // The mapping and the answer choices are kept with the survey in this browser.
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole('combobox', { name: 'Dysfunctional column of “Export”' })).toHaveValue(
    'C: Chat (dysfunctional)',
  );
  await expect(page.getByRole('combobox', { name: 'Read “Love it” as' })).toHaveValue('like');
  await expectCounts(page, 'Export', countsOf(remapped, 1));
});

test('bad input gets a sentence, never NaN or an empty chart', async ({ page }) => {
  await openSurvey(page);
  await readFile(page, 'no-header.csv', '1,5,2,4\n2,5,1,3\n');
  await expect(page.getByText(/seems to have no header row/)).toBeVisible();
  await readFile(page, 'odd.csv', 'Odd:f,Odd:d,Seg\nI like it,I like it,x\nI dislike it,I dislike it,y\n');
  await expect(results(page)).toBeVisible();
  await expect(page.getByText(/Not plotted \(no answers in A, O, M or I\): Odd/).first()).toBeVisible();
  await expect(page.locator('main')).not.toContainText(/NaN|Infinity|undefined/);
  await page.getByRole('combobox', { name: 'Compare segments by column' }).selectOption('2');
  await expect(page.getByText(/Small segments .*“x” \(1\)/)).toBeVisible();
  await expect(page.locator('main')).not.toContainText(/NaN|Infinity|undefined/);
});

test('a large file is read off the main thread and counted in full', async ({ page }) => {
  const rs = respondents(3000, 8, 77);
  const header = [
    'Respondent',
    ...Array.from({ length: 8 }, (_, j) => [`Q${j + 1}_functional`, `Q${j + 1}_dysfunctional`]).flat(),
  ];
  const lines = [header.join(',')];
  rs.forEach((r, i) => {
    lines.push([`r${i}`, ...r.pairs.flatMap(([f, d]) => [SETS[3]?.[f] ?? '', SETS[3]?.[d] ?? ''])].join(','));
  });
  const text = `${lines.join('\n')}\n`;
  expect(text.length).toBeGreaterThan(60_000);
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await openSurvey(page);
  await readFile(page, 'large.csv', text);
  await expect(results(page)).toBeVisible({ timeout: 30_000 });
  await expectCounts(page, 'Q1', countsOf(rs, 0));
  await expectCounts(page, 'Q8', countsOf(rs, 7));
  expect(workers.some((u) => /kano\.worker/.test(u))).toBe(true);
});
