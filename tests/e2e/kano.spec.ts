import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { kanoAnswers as de } from '../../src/i18n/de/kano-answers';
import { kanoAnswers as en } from '../../src/i18n/en/kano-answers';
import { answerRecognition } from '../../src/lib/kano/answers';
import { parseSurvey } from '../../src/lib/kano/survey';
import { hydrated } from './support/islands';

const TOOL = 'tools/kano/';
const twoDecimals = (n: number | undefined) => (n === undefined ? 'n/a' : n.toFixed(2).replace('-', '−'));

async function surveyMode(page: Page) {
  await page.goto(TOOL);
  await hydrated(page);
  await page.getByRole('radio', { name: 'A survey (CSV)' }).check();
}

test('one answer pair is classified, explained and marked in the table, by keyboard @smoke', async ({ page }) => {
  await page.goto(TOOL);
  await hydrated(page);
  const functional = page.getByRole('group', { name: /^Functional question/ });
  const dysfunctional = page.getByRole('group', { name: /^Dysfunctional question/ });
  await functional.getByRole('radio', { name: 'I like it' }).focus();
  await page.keyboard.press('Space');
  await dysfunctional.getByRole('radio', { name: 'I like it' }).focus();
  await page.keyboard.press('ArrowRight'); // I expect it
  await page.keyboard.press('ArrowRight'); // I am neutral
  await page.keyboard.press('ArrowRight'); // I can tolerate it
  await page.keyboard.press('ArrowRight'); // I dislike it
  await expect(dysfunctional.getByRole('radio', { name: 'I dislike it' })).toBeChecked();
  await expect(page.getByText(/One-dimensional/).first()).toBeVisible();
  await expect(
    page.getByText(/Why: with the feature you answered “I like it”; without it, “I dislike it”/),
  ).toBeVisible();
  await expect(page).toHaveURL(/kano-functional=like/);
  await expect(page).toHaveURL(/kano-dysfunctional=dislike/);
});

test('the sample survey gives each feature the category and coefficients the model computes @smoke', async ({
  page,
}) => {
  const expected = parseSurvey(readFileSync('public/downloads/kano-sample.csv', 'utf8'), answerRecognition([en, de]));
  expect(expected.features.length).toBeGreaterThan(0);
  await surveyMode(page);
  await page.getByRole('button', { name: 'Load the sample survey' }).click();
  const table = page.getByRole('table', { name: 'Results per feature', exact: true });
  await expect(table).toBeVisible();
  for (const f of expected.features) {
    const row = table.getByRole('row', { name: new RegExp(`^${f.name}`) });
    const cells = row.getByRole('cell');
    await expect(cells.nth(0)).toHaveText(String(f.total));
    await expect(cells.nth(7)).toContainText(`(${f.category})`);
    await expect(cells.nth(12)).toHaveText(twoDecimals(f.better));
    await expect(cells.nth(14)).toHaveText(twoDecimals(f.worse));
  }
  await expect(page.getByRole('img', { name: /^Scatter chart of \d+ features/ })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download results as CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
});

test('a malformed file shows a message per problem with row and column, and counts the valid rows', async ({
  page,
}) => {
  await surveyMode(page);
  const csv = [
    '\uFEFFSpeed (functional);Speed (dysfunctional);Colour (functional)',
    'I like it;I dislike it;maybe',
    '"I expect it";;I like it',
    '',
    '=cmd|calc;I am neutral;I like it',
    'I like it;I dislike it;I like it',
  ].join('\n');
  await page
    .getByLabel('Or choose a CSV file')
    .setInputFiles({ name: 'survey.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByRole('heading', { name: /problems? found/ })).toBeVisible();
  const problems = page.getByRole('heading', { name: /problems? found/ }).locator('xpath=following-sibling::ul[1]');
  await expect(problems).toContainText(/Row \d+, column [A-Z]/);
  const row = page
    .getByRole('table', { name: 'Results per feature', exact: true })
    .getByRole('row', { name: /^Speed/ });
  await expect(row.getByRole('cell').first()).toHaveText('2');
  await expect(page.locator('main')).not.toContainText('undefined');
  const axe = await new AxeBuilder({ page })
    .include('main')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('pasted markup stays text', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    return d.dismiss();
  });
  await surveyMode(page);
  await page
    .getByRole('textbox', { name: 'Paste survey CSV' })
    .fill('<img src=x onerror=alert(1)> (functional),<img src=x onerror=alert(1)> (dysfunctional)\nlike,dislike');
  await page.getByRole('button', { name: 'Classify pasted survey' }).click();
  await expect(page.getByRole('rowheader', { name: '<img src=x onerror=alert(1)>' })).toBeVisible();
  await expect(page.locator('main img[src="x"]')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('two tabs on the sample survey: a row removed in one and another renamed in the other, both kept', async ({
  context,
}) => {
  // Issue 26: the survey's choices merge by mapping row, so neither tab's edit is lost, both tabs show both,
  // and "Found by" stays with each row.
  const a = await context.newPage();
  await surveyMode(a);
  await a.getByRole('button', { name: 'Load the sample survey' }).click();
  const removeLabel = (name: string) => `Not a feature: remove “${name}”`;
  await expect(a.getByRole('button', { name: removeLabel('Skip or pause any week') })).toBeVisible();
  const b = await context.newPage();
  await b.goto(TOOL);
  await hydrated(b);
  const nameOf = (p: Page, feature: string) =>
    p
      .getByRole('row')
      .filter({ has: p.getByRole('button', { name: removeLabel(feature) }) })
      .getByRole('textbox')
      .first();
  await expect(nameOf(b, 'Printed nutrition card')).toHaveValue('Printed nutrition card');
  // A removes the second row; B renames the fifth at once, before or after hearing of it.
  await a.getByRole('button', { name: removeLabel('Skip or pause any week') }).click();
  await nameOf(b, 'Printed nutrition card').fill('Nutrition card');
  await nameOf(b, 'Printed nutrition card').press('Tab');
  for (const p of [a, b]) {
    const mapping = p.getByRole('table', { name: 'Column mapping' });
    await expect(mapping.getByRole('button', { name: removeLabel('Nutrition card') })).toBeVisible();
    await expect(mapping.getByRole('button', { name: /^Not a feature/ })).toHaveCount(4);
    await expect(mapping.getByRole('cell', { name: 'column names' })).toHaveCount(4);
  }
  await a.reload();
  await hydrated(a);
  const mapping = a.getByRole('table', { name: 'Column mapping' });
  await expect(mapping.getByRole('button', { name: removeLabel('Nutrition card') })).toBeVisible();
  await expect(mapping.getByRole('button', { name: /^Not a feature/ })).toHaveCount(4);
});
