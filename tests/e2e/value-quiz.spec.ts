import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { hydrated } from './support/islands';

const TOOL = 'tools/value-quiz/';

test('answering every statement by keyboard shows the profile chart and its text @smoke', async ({ page }) => {
  await page.goto(TOOL);
  await hydrated(page);
  const groups = page.getByRole('group', { name: /^Statement \d+/ });
  const count = await groups.count();
  expect(count).toBeGreaterThanOrEqual(12);
  for (let i = 0; i < count; i++) {
    const first = groups.nth(i).getByRole('radio').first();
    await first.focus();
    await page.keyboard.press('Space');
    // Alternate answers so the profile is not flat: agree on even statements.
    if (i % 2 === 0) for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowRight');
  }
  await expect(page.getByText(`${count} of ${count} statements answered`)).toBeVisible();
  await expect(page.getByRole('img', { name: /^Bar chart of the value profile/ })).toBeVisible();
  const table = page.getByRole('table', { name: /Score per source of value/ });
  await expect(table.getByRole('row')).toHaveCount(5);
  for (const score of await table.getByRole('row').locator('td').allTextContents()) {
    expect(score).not.toMatch(/NaN|Infinity|undefined/);
  }
  const axe = await new AxeBuilder({ page })
    .include('main')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('answers travel in the URL; a bad value is named and dropped @smoke', async ({ page }) => {
  await page.goto(`${TOOL}?quiz-offering=Meal%20kit&problem1=5&feel2=9&look1=abc`);
  await hydrated(page);
  await expect(page.getByRole('textbox', { name: 'Offering name' })).toHaveValue('Meal kit');
  await expect(
    page.getByRole('group', { name: /^Statement 1\b/ }).getByRole('radio', { name: 'Strongly agree' }),
  ).toBeChecked();
  const notices = page.getByRole('status').filter({ hasText: 'could not be used' });
  await expect(notices.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByRole('textbox', { name: 'Offering name' })).toHaveValue('');
});
