import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { learnText as deLearn } from '../../src/i18n/de/learn';
import { questionsText as deQuestions } from '../../src/i18n/de/questions';
import { learnText } from '../../src/i18n/en/learn';
import { questionsText } from '../../src/i18n/en/questions';
import { undoText } from '../../src/i18n/en/undo';
import { unzipEdition } from './offline-helpers';
import { distOf } from './support/site';
import { watchPage } from './support/watch';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const START = new Date('2026-03-02T09:00:00Z');
const axes = questionsText['sp-axes'];
const handbag = questionsText['sp-handbag'];

const question = (page: Page, id: string) => page.locator(`form[data-cx-check="${id}"]`);

/** Chooses a choice by its words and checks the answer; returns the question's status line. */
async function answer(form: Locator, label: string): Promise<Locator> {
  await form.getByRole('radio', { name: label }).check();
  await form.getByRole('button', { name: learnText.check }).click();
  return form.getByRole('status');
}

test('a wrong answer explains that choice, a right one follows; the card comes back when due, in a reload and a second tab', async ({
  page,
  context,
}) => {
  await page.clock.install({ time: START });
  await page.goto('chapters/spectrum/');
  const form = question(page, 'sp-axes');
  const [wrong, right] = [axes.choices[1], axes.choices[0]];
  if (!wrong || !right) throw new Error('sp-axes has its choices');
  const status = await answer(form, wrong.label);
  await expect(status).toContainText(learnText.wrong);
  await expect(status).toContainText(wrong.why);
  await expect(status.getByRole('link', { name: learnText.readPassage })).toHaveAttribute('href', /#two-axes$/);
  // Wrong at the first try: FSRS grades "Again", and the card comes back the next day.
  await expect(status).toContainText(learnText.kept(1));
  await answer(form, right.label);
  await expect(status).toContainText(learnText.right);
  await expect(status).toContainText(right.why);

  // Not due yet.
  await page.goto('review/');
  await expect(page.locator('[data-cx-review-status]')).toContainText(learnText.review.none);
  await expect(question(page, 'sp-axes')).toBeHidden();

  // Two days on, it is due: on the review page, counted in the header, and still there after a reload.
  await page.clock.setSystemTime(new Date(START.getTime() + 2 * 86_400_000));
  await page.reload();
  await expect(question(page, 'sp-axes')).toBeVisible();
  await expect(page.locator('.cx-header__due')).toHaveText(` (${learnText.marks.due.replace('{n}', '1')})`);
  await page.reload();
  const due = question(page, 'sp-axes');
  await expect(due).toBeVisible();
  await expect(due.locator('legend')).toContainText(axes.prompt);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  }

  // A second tab sees the card, and answers another question while this tab reviews: both are kept.
  const other = await context.newPage();
  await other.clock.install({ time: new Date(START.getTime() + 2 * 86_400_000) });
  await other.goto('review/');
  await expect(question(other, 'sp-axes')).toBeVisible();
  await other.goto('chapters/spectrum/');
  const handbagRight = handbag.choices[1];
  if (!handbagRight) throw new Error('sp-handbag has its choices');
  await expect(await answer(question(other, 'sp-handbag'), handbagRight.label)).toContainText(learnText.kept(3));
  const reviewed = await answer(due, right.label);
  await expect(reviewed).toContainText(learnText.right);
  const kept = await page.evaluate(() =>
    Object.keys(JSON.parse(localStorage.getItem('cx-spectrum:learn:v1') ?? '{}').cards ?? {}),
  );
  expect(kept.sort()).toEqual(['sp-axes', 'sp-handbag']);
  const total = page.locator('[data-cx-review-total]');
  await expect(total).toHaveText(learnText.review.total.replace('{n}', '2'));
  await other.close();

  // Removing every card can be undone.
  await page.getByRole('button', { name: learnText.review.remove }).click();
  await expect(page.locator('[data-cx-review-undo]')).toContainText(learnText.review.removed);
  await expect(total).toHaveText('');
  await page.getByRole('button', { name: undoText.undo }).click();
  await expect(total).toHaveText(learnText.review.total.replace('{n}', '2'));
});

test('German: a numeric question reads a decimal comma, and the chapter list marks the answer', async ({ page }) => {
  await page.goto('de/chapters/four-sources-of-value/');
  const form = question(page, 'fs-better');
  await form.getByRole('textbox', { name: deQuestions['fs-better'].label }).fill('0,6');
  await form.getByRole('button', { name: deLearn.check }).click();
  await expect(form.getByRole('status')).toContainText(deLearn.right);
  await expect(form.getByRole('status')).toContainText(deLearn.kept(3));
  const mark = deLearn.marks.answered.replace('{n}', '1').replace('{m}', '6');
  await expect(page.locator('nav [data-cx-chapter="four-sources-of-value"]').first()).toContainText(mark);
  await page.goto('de/');
  await expect(page.locator('[data-cx-resume]')).toContainText(deLearn.marks.continue.split('{')[0] ?? '');
});

test('from disk (file://), in both languages, a question is checked and its card reaches the review page', async ({
  page,
}, info) => {
  const root = unzipEdition(distOf(info));
  try {
    const watch = await watchPage(page);
    await page.clock.install({ time: START });
    for (const [lang, words, learn] of [
      ['', questionsText, learnText],
      ['de/', deQuestions, deLearn],
    ] as const) {
      await page.goto(pathToFileURL(join(root, `${lang}chapters/spectrum/index.html`)).href);
      const right = words['sp-span'].choices[0];
      if (!right) throw new Error('sp-span has its choices');
      await page.locator('form[data-cx-check="sp-span"]').getByRole('radio', { name: right.label }).check();
      await page.locator('form[data-cx-check="sp-span"]').getByRole('button', { name: learn.check }).click();
      const status = page.locator('form[data-cx-check="sp-span"]').getByRole('status');
      await expect(status).toContainText(learn.right);
      await expect(status).toContainText(learn.kept(3));
    }
    await page.clock.setSystemTime(new Date(START.getTime() + 4 * 86_400_000));
    await page.goto(pathToFileURL(join(root, 'de/review/index.html')).href);
    await expect(page.locator('form[data-cx-check="sp-span"]')).toBeVisible();
    expect(watch.consoleErrors).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
  } finally {
    rmSync(dirname(root), { recursive: true, force: true });
  }
});
