import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { longName } from '../unit/board-groups';
import { hydrated } from './support/islands';

const TOOL = 'tools/spectrum-grid/';

function marker(page: Page, name: string) {
  return page
    .getByRole('group', { name: 'Complexity-by-frequency plane' })
    .getByRole('button', { name: new RegExp(`^${name}:`) });
}

async function nameFirstOffering(page: Page, name: string) {
  const field = page.getByRole('textbox', { name: 'Name 1' });
  await field.fill(name);
  await expect(marker(page, name)).toBeVisible();
}

test('an offering moves by keyboard, the reading follows, and a reload restores it @smoke', async ({ page }) => {
  await page.goto(TOOL);
  await hydrated(page);
  await nameFirstOffering(page, 'Meal kit');
  const m = marker(page, 'Meal kit');
  await m.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(m).toHaveAccessibleName(/^Meal kit: frequency 7\.5, complexity 4\.5/);
  const reading = page.getByRole('region', { name: 'What the position suggests' });
  await expect(reading).toContainText('Meal kit: frequency 7.5, complexity 4.5');
  await expect(page).toHaveURL(/place=Meal(\+|%20)kit_7\.5_4\.5/);
  await page.reload();
  await hydrated(page);
  await expect(marker(page, 'Meal kit')).toHaveAccessibleName(/frequency 7\.5, complexity 4\.5/);
});

test('an offering moves by dragging and widens by typing @smoke', async ({ page }) => {
  await page.goto(TOOL);
  await hydrated(page);
  await nameFirstOffering(page, 'Shoes');
  await marker(page, 'Shoes').scrollIntoViewIfNeeded();
  const box = await marker(page, 'Shoes').locator('circle').first().boundingBox();
  const plane = await page.getByRole('group', { name: 'Complexity-by-frequency plane' }).boundingBox();
  if (!box || !plane) throw new Error('marker or plane not laid out');
  const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + plane.width * 0.2, start.y - plane.height * 0.2, { steps: 8 });
  await page.mouse.up();
  const name =
    (await marker(page, 'Shoes').getAttribute('aria-label')) ?? (await marker(page, 'Shoes').textContent()) ?? '';
  const [, f, c] = name.match(/frequency ([\d.]+), complexity ([\d.]+)/) ?? [];
  expect(Number(f)).toBeGreaterThan(5);
  expect(Number(c)).toBeGreaterThan(5);
  await expect(page.getByRole('spinbutton', { name: 'Frequency of Shoes' })).toHaveValue(String(Number(f)));

  await page.getByRole('spinbutton', { name: 'Complexity of Shoes' }).fill('2');
  await page.keyboard.press('Tab');
  await expect(marker(page, 'Shoes')).toHaveAccessibleName(/complexity 2\b/);
});

test('a hostile URL loads safely and says what was ignored @smoke', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    return d.dismiss();
  });
  const params = new URLSearchParams();
  params.append('place', '<script>alert(1)</script>_3_4');
  params.append('place', 'Broken_NaN_5');
  params.append('place', 'Huge_1e309_2');
  for (let i = 0; i < 1000; i++) params.append('place', 'e_5_5');
  params.append('read', '-7');
  await page.goto(`${TOOL}?${params}`);
  await hydrated(page);
  const notices = page.getByRole('status').filter({ hasText: 'could not be used' });
  await expect(notices).toBeVisible();
  await expect(notices).toContainText(/only the first 8 were kept/);
  await expect(marker(page, '<script>alert\\(1\\)</script>')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Complexity-by-frequency plane' }).getByRole('button')).toHaveCount(8);
  await expect(page.locator('script', { hasText: 'alert(1)' })).toHaveCount(0);
  for (const cell of await page.getByRole('table').first().getByRole('cell').allTextContents()) {
    expect(cell).not.toMatch(/NaN|Infinity/);
  }
  expect(dialogs).toBe(0);
  const axe = await new AxeBuilder({ page })
    .include('main')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('the reference layer hides, copy link and reset work; a long address is packed and opens again', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(TOOL);
  await hydrated(page);
  await page.getByRole('checkbox', { name: 'Show the reference products from the essays' }).uncheck();
  await expect(page.getByRole('img', { name: /reference product/ })).toHaveCount(0);
  await expect(page).toHaveURL(/refs=hidden/);
  await page.getByRole('button', { name: 'Copy link to this result' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByRole('img', { name: /reference product/ })).not.toHaveCount(0);
  // Eight offerings with 60-character Chinese names: 4,395 characters as written before packing.
  const names = Array.from({ length: 8 }, (_, i) => longName(i + 1, 'han'));
  const long = new URLSearchParams(names.map((n, i) => ['place', `${n}_${i}_${10 - i}`]));
  expect(long.toString().length).toBeGreaterThan(4000);
  await page.goto(`${TOOL}?${long}`);
  await hydrated(page);
  const plane = page.getByRole('group', { name: 'Complexity-by-frequency plane' }).getByRole('button');
  await expect(plane).toHaveCount(8);
  // The page writes it packed, under 2,000 characters, and a reload (the browser unpacking it) shows the same.
  await expect(page).toHaveURL(/\?z1=[A-Za-z0-9_-]+$/);
  expect(page.url().length).toBeLessThan(2000);
  await page.reload();
  await hydrated(page);
  await expect(plane).toHaveCount(8);
  await expect(page.getByRole('textbox', { name: 'Name 8' })).toHaveValue(names[7] ?? '');
  await expect(page).toHaveURL(/\?z1=/);
  // Cut short on its way (a chat app's limit): the page says so and opens the reader's own work instead.
  await page.goto(page.url().slice(0, -40));
  await hydrated(page);
  await expect(page.getByText('holds a packed result that could not be read')).toBeVisible();
});
