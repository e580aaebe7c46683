// A tool starts (hydrates) when the reader first uses it. What the reader does in that first moment,
// before the tool's code has run, must not be lost: the island takes it in once it has started.
import { expect, type Page, test } from '@playwright/test';

/**
 * Waits until the tool has started and saved what the reader did before it started: the island has
 * hydrated, and this browser holds a saved state of the tool. A reload before that would lose the
 * first input on any machine; how long starting takes depends on the machine, not on the tool.
 */
async function startedAndSaved(page: Page, tool: string): Promise<void> {
  await expect(page.locator('main astro-island[ssr]')).toHaveCount(0, { timeout: 15_000 });
  await expect
    .poll(() =>
      page.evaluate((prefix) => Object.keys(localStorage).some((k) => k.startsWith(prefix)), `cx-spectrum:${tool}:`),
    )
    .toBe(true);
}

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
  await startedAndSaved(page, 'value-quiz');
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
  await startedAndSaved(page, 'anxiety-gap');
  await page.reload();
  await expect(
    page
      .getByRole('group', { name: 'Today' })
      .getByRole('textbox', { name: 'Time from the decision to buy to the moment of value' }),
  ).toHaveValue('40');
});
