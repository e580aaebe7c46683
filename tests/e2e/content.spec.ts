import { expect, test } from '@playwright/test';
import { countWords } from '../../src/lib/chapters';
import { distOf, htmlOf, pagesOf, textOf } from './support/site';

const chapters = pagesOf('dist').filter((p) => p.startsWith('chapters/'));

test('the handbook has its eight chapters', () => {
  expect(chapters.length).toBeGreaterThanOrEqual(8);
});

for (const path of chapters) {
  test(`${path}: takeaways, sources and 800 to 2,000 words`, async ({ page }, info) => {
    await page.goto(path);
    const takeaways = page.getByRole('region', { name: 'Key takeaways' }).getByRole('listitem');
    expect(await takeaways.count()).toBeGreaterThanOrEqual(3);
    expect(await takeaways.count()).toBeLessThanOrEqual(5);
    const sources = page.getByRole('region', { name: 'Sources' }).getByRole('listitem');
    expect(await sources.count()).toBeGreaterThanOrEqual(1);
    const html = htmlOf(distOf(info), path);
    // The prose is what counts: an embedded tool's own labels and the questions in the text are left out.
    const body = html
      .slice(html.indexOf('data-chapter-body'), html.indexOf('id="chapter-sources"'))
      .replace(/<astro-island\b[\s\S]*?<\/astro-island>/g, ' ')
      .replace(/<form class="cx-check"[\s\S]*?<\/form>/g, ' ');
    const words = countWords(textOf(body));
    expect(words).toBeGreaterThanOrEqual(800);
    expect(words).toBeLessThanOrEqual(2000);
    await expect(page.getByRole('heading', { name: /^Questions for your team/ })).toBeVisible();
  });

  test(`${path}: an exercise with a model answer, closed until opened`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 2, name: /^Exercise/ })).toBeVisible();
    const answer = page.locator('details').filter({ has: page.locator('summary', { hasText: /^Model answer$/ }) });
    await expect(answer).toHaveCount(1);
    await expect(answer).not.toHaveAttribute('open');
    const body = answer.locator('.cx-model-answer__body');
    await expect(body).toBeHidden();
    await answer.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(body).toBeVisible();
  });
}

test('each chapter shows the number of its place in the reading order', async ({ page }) => {
  await page.goto(chapters[0] ?? '');
  const nav = page.getByRole('navigation', { name: 'Handbook' }).first().getByRole('list').first();
  const hrefs = await nav.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBe(chapters.length);
  for (const [i, href] of hrefs.entries()) {
    await page.goto(href);
    await expect(page.locator('.cx-chapter__kicker')).toHaveText(`Chapter ${i + 1}`);
  }
});

test('every glossary term is linked from a chapter and names the chapter that explains it', async ({ page }, info) => {
  await page.goto('glossary/');
  const ids = await page.locator('.cx-glossary__entry').evaluateAll((els) => els.map((e) => e.id));
  expect(ids.length).toBeGreaterThanOrEqual(25);
  const chapterHtml = chapters.map((c) => htmlOf(distOf(info), c)).join('\n');
  const unlinked = ids.filter((id) => !chapterHtml.includes(`glossary/#${id}"`));
  expect(unlinked).toEqual([]);
  for (const id of ids) {
    await expect(page.locator(`[id="${id}"]`).getByRole('link')).toHaveCount(1);
  }
});

test('the sources page lists each cited work with the chapters citing it', async ({ page }) => {
  await page.goto('sources/');
  const items = page.getByRole('main').getByRole('listitem');
  expect(await items.count()).toBeGreaterThanOrEqual(5);
  await expect(page.getByText('Beyond Social Media Marketing, Part 2')).toBeVisible();
  const first = items.first();
  await expect(first.getByRole('link').first()).toHaveAttribute('href', /chapters\//);
});
