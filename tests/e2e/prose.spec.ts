import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { unzipEdition } from './offline-helpers';
import { distOf } from './support/site';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * The gym example's figures, worked by hand from the formula the anxiety tool's page states (not through
 * src/lib): T = ln(1 + days) / ln(1 + 5 × 365.25), S = ln(1 + share / 5) / ln(1 + 100 / 5), C = score / 10;
 * index = 40 T + 35 S + 25 C; reassurance R = 0.4 × min(1, touchpoints / (days / 14)) + 0.25 × 1 (guided)
 * + 0.35 × 1 (active); reassured = index × (1 − 0.5 R); both shown as whole numbers.
 * Share 5 %: S = ln 2 / ln 21 = 0.69315 / 3.04452 = 0.22767 → 7.968 points. Complexity 3 → 7.5 points.
 * 9 weeks = 63 days: T = ln 64 / ln 1827.25 = 4.15888 / 7.51057 = 0.55374 → 22.149 points.
 * index = 22.149 + 7.968 + 7.5 = 37.617 → 38 (moderate: 20 to 40).
 * R = 0.4 × 2 / 4.5 + 0.6 = 0.77778; reassured = 37.617 × (1 − 0.38889) = 22.988 → 23 (moderate).
 */
const NINE_WEEKS = { index: '38', band: 'moderate', reassured: '23', reassuredBand: 'moderate' };

test('a reader changes the gym example’s weeks by keyboard and the paragraph recomputes', async ({ page }) => {
  await page.goto('chapters/anxiety-gap/');
  const block = page.locator('[data-live="anxiety"]');
  // As written (8 weeks): the figures the page was built with.
  await expect(block.locator('[data-out="index"]')).toHaveText('37');
  await block.scrollIntoViewIfNeeded();
  const weeks = block.getByRole('spinbutton', { name: 'Weeks to value' });
  await expect(weeks).toHaveValue('8');
  await weeks.focus();
  await page.keyboard.press('ArrowUp');
  await expect(weeks).toHaveValue('9');
  for (const [key, text] of Object.entries(NINE_WEEKS))
    await expect(block.locator(`[data-out="${key}"]`)).toHaveText(text);
  await expect(block.getByRole('status')).toContainText('an anxiety index of 38 (moderate)');
});

test('the German gym example recomputes in German words and numbers', async ({ page }) => {
  await page.goto('de/chapters/anxiety-gap/');
  const block = page.locator('[data-live="anxiety"]');
  await block.scrollIntoViewIfNeeded();
  const weeks = block.getByRole('spinbutton', { name: 'Wochen bis zum Wertmoment' });
  await weeks.fill('9');
  await expect(block.locator('[data-out="index"]')).toHaveText('38');
  await expect(block.locator('[data-out="band"]')).toHaveText('mäßig');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`a glossary term's popover opens on focus, closes on Escape, and axe finds nothing (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('chapters/anxiety-gap/');
    const term = page.locator('[data-chapter-body] a[href$="/glossary/#churn"]').first();
    const popover = page.locator('#cx-term-churn');
    await expect(popover).toBeHidden();
    await term.focus();
    await expect(popover).toBeVisible();
    await expect(popover).toContainText('Churn');
    await expect(popover.getByRole('link', { name: 'Glossary entry' })).toHaveAttribute('href', /\/glossary\/#churn$/);
    await expect(term).toHaveAttribute('aria-describedby', 'cx-term-churn-def');
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
  });
}

test('from the offline edition (file://), the live sentence and the popovers work in both languages', async ({
  page,
}, info) => {
  const root = unzipEdition(distOf(info));
  try {
    await page.goto(pathToFileURL(join(root, 'chapters/anxiety-gap/index.html')).href);
    const block = page.locator('[data-live="anxiety"]');
    await block.scrollIntoViewIfNeeded();
    await block.getByRole('spinbutton', { name: 'Weeks to value' }).fill('9');
    await expect(block.locator('[data-out="index"]')).toHaveText(NINE_WEEKS.index);
    await page.goto(pathToFileURL(join(root, 'de/chapters/anxiety-gap/index.html')).href);
    const term = page.locator('[data-chapter-body] a[href*="glossary/"][href$="#churn"]').first();
    await term.focus();
    await expect(page.locator('#cx-term-churn')).toBeVisible();
    await expect(page.locator('#cx-term-churn').getByRole('link', { name: 'Eintrag im Glossar' })).toBeVisible();
  } finally {
    rmSync(dirname(root), { recursive: true, force: true });
  }
});
