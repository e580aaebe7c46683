import { expect, test } from '@playwright/test';
import { distOf, htmlOf, pagesOf, searchableText } from './support/site';

/** A word that the introduction's indexed text has and no other indexed page has. */
function wordOnlyInIntroduction(dist: string): string {
  const words = (text: string) => new Set(text.toLowerCase().match(/[a-z]{7,}/g) ?? []);
  const intro = words(searchableText(htmlOf(dist, 'chapters/beyond-attention/')));
  for (const page of pagesOf(dist)) {
    if (page === 'chapters/beyond-attention/') continue;
    for (const w of words(searchableText(htmlOf(dist, page)))) intro.delete(w);
  }
  const word = [...intro].sort()[0];
  if (!word) throw new Error('The introduction has no word of its own to search for.');
  return word;
}

test('searching a word found only in the introduction lists it and opens it @smoke', async ({ page }, info) => {
  const word = wordOnlyInIntroduction(distOf(info));
  await page.goto('');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the handbook' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('searchbox', { name: 'Search the handbook' }).fill(word);
  await expect(dialog.getByRole('status')).toContainText(`for “${word}”`);
  const result = dialog.getByRole('link', { name: /Beyond attention/i });
  await expect(result).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(result.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/chapters\/beyond-attention\/$/);
});

test('"/" and Ctrl+K open search; Escape closes it and returns focus @smoke', async ({ page }) => {
  await page.goto('glossary/');
  const dialog = page.getByRole('dialog', { name: 'Search the handbook' });
  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const opener = page.getByRole('button', { name: 'Search' });
  await opener.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(opener).toBeFocused();
});

test('focus stays inside the open search dialog', async ({ page }) => {
  await page.goto('');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the handbook' });
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(() => document.activeElement?.closest('dialog') !== null);
    const onPage = await page.evaluate(() => document.activeElement !== document.body);
    if (onPage) expect(inside).toBe(true);
  }
});

test('a search with no match says so', async ({ page }) => {
  await page.goto('');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the handbook' });
  await dialog.getByRole('searchbox').fill('zzqxjvw');
  await expect(dialog.getByRole('status')).toHaveText('No results for “zzqxjvw”.');
  await expect(dialog.getByRole('link')).toHaveCount(0);
});
