import { expect, test } from '@playwright/test';
import { pagesOf } from './support/site';

test('the theme toggle persists across pages and reloads @smoke', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  await page.getByRole('navigation', { name: 'Handbook' }).first().getByRole('link', { name: 'Glossary' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBg);

  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(darkBg);
});

test('the theme follows the system until the reader chooses', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(dark);
});

test('the skip link is the first stop and moves focus to the content @smoke', async ({ page }) => {
  await page.goto('chapters/spectrum/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the sidebar lists every chapter in order and marks the current one', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('chapters/anxiety-gap/');
  const nav = page.getByRole('navigation', { name: 'Handbook' }).first();
  const current = nav.locator('[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveText((await page.getByRole('heading', { level: 1 }).textContent()) ?? '');
});

test('chapters chain from first to last through previous and next', async ({ page }) => {
  await page.goto('');
  const firstChapter = page.getByRole('link', { name: /^Start reading/ });
  await firstChapter.click();
  await page.waitForURL(/chapters\//);
  const seen: string[] = [];
  for (;;) {
    seen.push(new URL(page.url()).pathname);
    const next = page
      .getByRole('navigation', { name: 'Chapters, previous and next' })
      .getByRole('link', { name: /^Next/ });
    if ((await next.count()) === 0) break;
    const target = new URL((await next.getAttribute('href')) ?? '', page.url()).pathname;
    await next.click();
    await page.waitForURL((u) => u.pathname === target);
  }
  const sidebar = await page
    .getByRole('navigation', { name: 'Handbook' })
    .first()
    .locator('ol a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(seen).toEqual(sidebar);
});

test('at 320 px wide no page scrolls sideways, and the menu opens', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of pagesOf('dist')) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await page.getByText('Menu').click();
  await expect(
    page.getByRole('navigation', { name: 'Handbook' }).getByRole('link', { name: 'Glossary' }),
  ).toBeVisible();
});
