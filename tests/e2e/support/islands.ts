import type { Locator, Page } from '@playwright/test';

/**
 * Scrolls an island into view and waits until Astro has hydrated it (the ssr attribute goes). Tools
 * hydrate when the reader starts to use them (client:interact); a focus event that moves no focus
 * stands for that start, so the test's own keyboard path is left as it was.
 */
export async function hydrated(page: Page, inside: Locator = page.locator('main')): Promise<void> {
  const island = inside.locator('astro-island').first();
  await island.scrollIntoViewIfNeeded();
  await island.dispatchEvent('focusin');
  await page.waitForFunction((el) => el !== null && !el.hasAttribute('ssr'), await island.elementHandle(), {
    timeout: 15_000,
  });
}
