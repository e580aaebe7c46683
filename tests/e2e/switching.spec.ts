/**
 * Two languages side by side: every page names its language and its counterparts, the switcher goes
 * to the same page in the other language with the tool's state, a shared German link opens in German
 * with its state, and the remembered choice redirects only the English home page, never in a loop.
 */
import { expect, test } from '@playwright/test';
import { valueQuizText as de } from '../../src/i18n/de/value-quiz';
import { valueQuizText as en } from '../../src/i18n/en/value-quiz';
import { hydrated } from './support/islands';
import { htmlOf, pagesOf } from './support/site';

/** The German scale's "agree" and "strongly agree", from the German table. */
const [, , , deAgree = '', deStrongly = ''] = de.scale;

const pages = pagesOf('dist').filter((p) => !p.endsWith('404.html') && !/(^|\/)404\/$/.test(p));
/** A German page's path is "de/…"; its English counterpart is the same path without it. */
const german = pages.filter((p) => p.startsWith('de/'));
const english = pages.filter((p) => !p.startsWith('de/'));

test('every English page has a German counterpart and the other way round @smoke', () => {
  expect(german.length).toBeGreaterThan(20);
  expect(german.map((p) => p.slice(3)).sort()).toEqual([...english].sort());
});

test('each page names its language and links its counterparts with hreflang @smoke', () => {
  const wrong: string[] = [];
  // Embed views are frames, kept out of search (noindex): they have no counterparts to announce.
  for (const page of pages.filter((p) => !p.endsWith('/embed/'))) {
    const html = htmlOf('dist', page);
    const isGerman = page.startsWith('de/');
    const bare = isGerman ? page.slice(3) : page;
    const lang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1];
    if (lang !== (isGerman ? 'de' : 'en')) wrong.push(`${page}: lang=${lang}`);
    const alternates = Object.fromEntries(
      // Absolute when the build knew the public address (SITE_URL), root-relative otherwise: compare paths.
      [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [
        m[1],
        (m[2] ?? '').replace(/^https?:\/\/[^/]+/, ''),
      ]),
    );
    const expected = { en: `/${bare}`, de: `/de/${bare}`, 'x-default': `/${bare}` };
    if (JSON.stringify(alternates) !== JSON.stringify(expected)) wrong.push(`${page}: ${JSON.stringify(alternates)}`);
  }
  expect(wrong).toEqual([]);
});

test('the switcher opens the same tool in German with its state, by keyboard, and back', async ({ page }) => {
  await page.goto('tools/value-quiz/?quiz-offering=Meal%20kit&problem1=5');
  await hydrated(page);
  await expect(page.getByRole('textbox', { name: en.offeringLabel })).toHaveValue('Meal kit');
  // The reader changes the state after the page opened; the switcher must carry the change too.
  await page
    .getByRole('group', { name: /^Statement 2\b/ })
    .getByRole('radio', { name: en.scale[3], exact: true })
    .check();
  await expect(page).toHaveURL(/problem2=4/);

  const toGerman = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Deutsch' });
  await toGerman.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/de\/tools\/value-quiz\/\?.*problem2=4/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await hydrated(page);
  await expect(page.getByRole('textbox', { name: de.offeringLabel })).toHaveValue('Meal kit');
  await expect(
    page.getByRole('group', { name: /^Aussage 1\b/ }).getByRole('radio', { name: deStrongly, exact: true }),
  ).toBeChecked();
  await expect(
    page.getByRole('group', { name: /^Aussage 2\b/ }).getByRole('radio', { name: deAgree, exact: true }),
  ).toBeChecked();

  await page.getByRole('navigation', { name: 'Sprache' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/tools\/value-quiz\/\?.*problem2=4/);
  await expect(page).not.toHaveURL(/\/de\//);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a German link shared in a chat opens in German with its state', async ({ page }) => {
  await page.goto('de/tools/value-quiz/?quiz-offering=Kochbox-Abo&feel1=2');
  await hydrated(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/Value quiz/);
  await expect(page.getByRole('textbox', { name: de.offeringLabel })).toHaveValue('Kochbox-Abo');
  await expect(page.getByText(/You are looking at a shared result/)).toHaveCount(0);
});

test('the chosen language is remembered on the home page only, with no loop and no redirected deep link', async ({
  page,
}) => {
  await page.goto('');
  await expect(page).toHaveURL(/\/$/);
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Deutsch' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');

  // The English home now sends this reader to the German one…
  await page.goto('');
  await expect(page).toHaveURL(/\/de\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  // …but an English deep link stays English, and the German home does not bounce back.
  await page.goto('chapters/spectrum/');
  await expect(page).toHaveURL(/\/chapters\/spectrum\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('de/');
  await expect(page).toHaveURL(/\/de\/$/);

  // Choosing English from a German page is remembered just the same.
  await page.getByRole('navigation', { name: 'Sprache' }).getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('');
  await expect(page).toHaveURL(/\/$/);
  await expect(page).not.toHaveURL(/\/de\//);
});
