import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { hydrated } from './support/islands';

// Issue 26, item 5: offerings are known by who they are, not where they are. Tab A removes the first offering
// while tab B is typing in the second; every keystroke must land in the second, in the grid and in the profile.

async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await hydrated(page);
}

async function twoTabs(context: BrowserContext, path: string): Promise<[Page, Page]> {
  const a = await context.newPage();
  const b = await context.newPage();
  await open(a, path);
  return [a, b];
}

test('spectrum grid: an offering removed in one tab while the next one is typed in, in another', async ({
  context,
}) => {
  const [a, b] = await twoTabs(context, 'tools/spectrum-grid/?place=One_5_5&place=Two_3_3&place=Three_7_7');
  await a.getByRole('button', { name: 'Keep this as mine' }).click();
  await open(b, 'tools/spectrum-grid/');
  const second = b.getByRole('textbox', { name: 'Name 2' });
  await expect(second).toHaveValue('Two');
  await second.click();
  await second.press('End');
  await b.keyboard.type('-ab');
  // Focusing a card selects it (and moves it); focus first, so the key press lands on the button.
  const remove = a.getByRole('button', { name: 'Remove One' });
  await remove.focus();
  // Tab A removes the first offering while tab B goes on typing, a key every 40 ms.
  await Promise.all([b.keyboard.type('cdefgh', { delay: 40 }), remove.press('Enter')]);
  await expect(b.getByRole('textbox', { name: 'Name 3' })).toHaveCount(0);
  await b.keyboard.type('ij');
  for (const page of [b, a]) {
    await expect(page.getByRole('textbox', { name: 'Name 1' })).toHaveValue('Two-abcdefghij');
    await expect(page.getByRole('textbox', { name: 'Name 2' })).toHaveValue('Three');
  }
});

test('profile: the offering shown in one tab is removed before it in another while its name is typed', async ({
  context,
}) => {
  const [a, b] = await twoTabs(context, 'profile/');
  const name = (p: Page) => p.getByRole('textbox', { name: 'Name of the offering' });
  await name(a).fill('One');
  for (const next of ['Two', 'Three']) {
    await a.getByRole('button', { name: 'Add an offering' }).click();
    await name(a).fill(next);
  }
  await open(b, 'profile/');
  await b.getByRole('radio', { name: 'Two' }).check();
  await expect(name(b)).toHaveValue('Two');
  await name(b).click();
  await name(b).press('End');
  await a.getByRole('radio', { name: 'One' }).check();
  await expect(name(a)).toHaveValue('One');
  await Promise.all([
    b.keyboard.type('-abcdef', { delay: 40 }),
    a.getByRole('button', { name: 'Remove this offering' }).click(),
  ]);
  await expect(b.getByRole('radio')).toHaveCount(2);
  await b.keyboard.type('gh');
  await expect(name(b)).toHaveValue('Two-abcdefgh');
  await expect(b.getByRole('radio', { name: 'Two-abcdefgh' })).toBeChecked();
  await expect(a.getByRole('radio', { name: 'Two-abcdefgh' })).toBeVisible();
  await expect(a.getByRole('radio', { name: 'Three' })).toBeVisible();
});
