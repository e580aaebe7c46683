import type { Locator, Page } from '@playwright/test';

/** Scrolls an island into view and waits until Astro has hydrated it (the ssr attribute goes). */
export async function hydrated(page: Page, inside: Locator = page.locator('main')): Promise<void> {
  const island = inside.locator('astro-island').first();
  await island.scrollIntoViewIfNeeded();
  await page.waitForFunction((el) => el !== null && !el.hasAttribute('ssr'), await island.elementHandle(), {
    timeout: 15_000,
  });
}
