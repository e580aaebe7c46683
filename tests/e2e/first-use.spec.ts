// A tool starts (hydrates) when the reader first uses it. What the reader does in that first moment,
// before the tool's code has run, must not be lost: the island takes it in once it has started.
import { expect, test } from '@playwright/test';

test('a first click on a Kano mode, before the tool has started, sticks and is kept', async ({ page }) => {
  await page.goto('tools/kano/');
  const survey = page.getByRole('radio', { name: 'A survey (CSV)' });
  await survey.click();
  await expect(survey).toBeChecked();
  await expect(page.getByLabel('Or choose a CSV file')).toBeVisible();
  // Still chosen a moment later, once the tool has read its state.
  await page.waitForTimeout(500);
  await expect(survey).toBeChecked();
});

test('a first answer in the value quiz, before the tool has started, is kept across a reload', async ({ page }) => {
  await page.goto('tools/value-quiz/');
  const first = page.getByRole('radio').first();
  await first.click();
  await expect(first).toBeChecked();
  await page.waitForTimeout(500);
  await expect(first).toBeChecked();
  await page.reload();
  await expect(page.getByRole('radio').first()).toBeChecked();
});

test('a first value typed into the anxiety calculator, before it has started, is kept across a reload', async ({
  page,
}) => {
  await page.goto('tools/anxiety-gap/');
  const field = page
    .getByRole('group', { name: 'Today' })
    .getByRole('textbox', { name: 'Time from the decision to buy to the moment of value' });
  await field.fill('40');
  await page.waitForTimeout(500);
  await expect(field).toHaveValue('40');
  await page.reload();
  await expect(
    page
      .getByRole('group', { name: 'Today' })
      .getByRole('textbox', { name: 'Time from the decision to buy to the moment of value' }),
  ).toHaveValue('40');
});
