import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { hydrated } from './support/islands';

const TOOL = 'tools/anxiety-gap/';
const GAP = 'Time from the decision to buy to the moment of value';

function tool(page: Page) {
  return page.getByRole('region', { name: 'Anxiety-gap calculator' });
}

/** The index of each scenario, read from the contributions table's total row. */
async function indices(page: Page): Promise<{ today: number; changed: number }> {
  const cells = tool(page)
    .getByRole('row', { name: /^Anxiety index/ })
    .getByRole('cell');
  const [today, changed] = await cells.allTextContents();
  return { today: Number(today), changed: Number(changed) };
}

test('a longer time to value raises today’s index and moves its curve @smoke', async ({ page }) => {
  await page.goto(TOOL);
  await hydrated(page);
  const today = tool(page).getByRole('group', { name: 'Today' });
  const before = await indices(page);
  const summary = tool(page).getByText(/^Today: anxiety starts at/);
  const curveBefore = await summary.textContent();

  const gap = today.getByRole('textbox', { name: GAP });
  await gap.click();
  await gap.press('ControlOrMeta+a');
  await page.keyboard.type('40');
  await expect.poll(async () => (await indices(page)).today).toBeGreaterThan(before.today);
  await expect(summary).not.toHaveText(curveBefore ?? '');
  await expect(tool(page).locator('canvas')).toBeVisible();
  expect((await indices(page)).changed).toBe(before.changed);
});

test('two scenarios compare, and the difference is announced', async ({ page }) => {
  await page.goto(TOOL);
  await hydrated(page);
  await tool(page).getByRole('button', { name: 'Copy today’s values into “With changes”' }).click();
  await expect(tool(page).getByText('The changes leave the index where it is.')).toBeVisible();
  const changed = tool(page).getByRole('group', { name: 'With changes' });
  await changed
    .getByRole('combobox', { name: 'Community of other customers' })
    .selectOption({ label: 'Active: customers who answer and help each other' });
  const { today, changed: after } = await indices(page);
  expect(after).toBeLessThan(today);
  await expect(
    tool(page)
      .getByRole('status')
      .filter({ hasText: /The changes lower the index by \d+ points?\./ }),
  ).toBeVisible();
});

test('the state travels in the URL and survives a reload and a fresh browser @smoke', async ({ page, browser }) => {
  await page.goto(TOOL);
  await hydrated(page);
  const gap = tool(page).getByRole('group', { name: 'Today' }).getByRole('textbox', { name: GAP });
  await gap.fill('13');
  await expect(page).toHaveURL(/today\.gap=13/);
  const url = page.url();
  await page.reload();
  await hydrated(page);
  await expect(tool(page).getByRole('group', { name: 'Today' }).getByRole('textbox', { name: GAP })).toHaveValue('13');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  await hydrated(other);
  await expect(tool(other).getByRole('group', { name: 'Today' }).getByRole('textbox', { name: GAP })).toHaveValue('13');
  await fresh.close();
});

test('a hostile URL loads safely and says what it ignored @smoke', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    return d.dismiss();
  });
  const hostile = new URLSearchParams({
    'today.gap': 'NaN',
    'today.complexity': '1e309',
    'changed.share': '<img src=x onerror=alert(1)>',
    currency: '<script>alert(2)</script>',
  });
  await page.goto(`${TOOL}?${hostile}`);
  await hydrated(page);
  const notices = tool(page).getByRole('status').filter({ hasText: 'could not be used' });
  await expect(notices).toBeVisible();
  await expect(notices.getByRole('listitem')).not.toHaveCount(0);
  await expect(page.locator('main img[src="x"]')).toHaveCount(0);
  const { today, changed } = await indices(page);
  for (const n of [today, changed]) {
    expect(Number.isFinite(n)).toBe(true);
    expect(n).toBeGreaterThanOrEqual(0);
    expect(n).toBeLessThanOrEqual(100);
  }
  // The notices quote what the reader gave; every result must be a real number.
  for (const table of await tool(page).getByRole('table').all()) await expect(table).not.toContainText(/NaN|Infinity/);
  expect(dialogs).toBe(0);
  const axe = await new AxeBuilder({ page })
    .include('main')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('a value it cannot read is refused at the field, and the rest keeps its values', async ({ page }) => {
  await page.goto(TOOL);
  await hydrated(page);
  const today = tool(page).getByRole('group', { name: 'Today' });
  const before = await indices(page);
  const gap = today.getByRole('textbox', { name: GAP });
  await gap.fill('soon');
  await expect(gap).toHaveAttribute('aria-invalid', 'true');
  await expect(today.getByText(/not a number we can read/)).toBeVisible();
  expect((await indices(page)).today).toBe(before.today);
  await gap.fill('1,000');
  await expect(gap).not.toHaveAttribute('aria-invalid', 'true');
});

test('a return window that closes before the moment of value leaves the index where no window puts it', async ({
  page,
}) => {
  // Today: a 14-day window on a 60-day gap. With changes: the same, without the window.
  await page.goto(`${TOOL}?today.gap=60&today.gap-unit=day&today.window=14&today.window-unit=day`);
  await hydrated(page);
  await tool(page).getByRole('button', { name: 'Copy today’s values into “With changes”' }).click();
  const window = tool(page)
    .getByRole('group', { name: 'With changes' })
    .getByRole('textbox', { name: 'Return or cancellation window' });
  await window.fill('0');
  await expect(tool(page).getByText('The changes leave the index where it is.')).toBeVisible();
  const { today, changed } = await indices(page);
  expect(today).toBe(changed);
  await expect(
    tool(page).getByText(/^Today: .*The return window closes after 14 days; anxiety then jumps from \d+ to \d+/),
  ).toBeVisible();
  const rows = tool(page).getByRole('table', { name: 'Key points of the anxiety curve' }).getByRole('row');
  await expect(rows.filter({ hasText: 'Return window: last moment open' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Return window: just closed' })).toHaveCount(1);
});

test.describe('numbers follow the page’s language, not the browser’s', () => {
  test.use({ locale: 'de-DE' });

  test('an English page in a German browser writes and reads English numbers, on the server and after hydration', async ({
    page,
  }) => {
    const served = await (await page.request.get(TOOL)).text();
    expect(served).toContain('for example 1,250.5.');
    expect(served).toContain('Revenue lost when one customer leaves (GBP)');

    await page.goto(TOOL);
    await hydrated(page);
    await expect(tool(page).getByText('Type numbers as you usually write them, for example 1,250.5.')).toBeVisible();
    const value = tool(page).getByRole('textbox', { name: 'Revenue lost when one customer leaves (GBP)' });
    await value.fill('1,250.5');
    await expect(value).not.toHaveAttribute('aria-invalid', 'true');
    await expect(tool(page).getByText(/^Read as/)).toHaveCount(0);
    await expect(
      tool(page)
        .getByRole('cell', { name: /^£[\d,]+$/ })
        .first(),
    ).toBeVisible();

    await value.fill('1.250,5');
    await expect(value).not.toHaveAttribute('aria-invalid', 'true');
    await expect(tool(page).getByText('Read as 1,250.5.')).toBeVisible();

    await page.reload();
    await hydrated(page);
    await expect(tool(page).getByRole('textbox', { name: 'Revenue lost when one customer leaves (GBP)' })).toHaveValue(
      '1250.5',
    );
  });
});

test.describe('a German page writes and reads German numbers, whatever the browser', () => {
  test.use({ locale: 'en-GB' });
  const DE_TOOL = 'de/tools/anxiety-gap/';
  const VALUE = 'Umsatzverlust, wenn ein Kunde geht (EUR)';

  test('German format on the server and after hydration; "1.250,5" reads back as 1250.5', async ({ page }) => {
    const served = await (await page.request.get(DE_TOOL)).text();
    expect(served).toContain('zum Beispiel 1.250,5.');
    expect(served).toContain(VALUE);

    await page.goto(DE_TOOL);
    await hydrated(page);
    const de = page.getByRole('region', { name: 'Unsicherheitsrechner' });
    await expect(de.getByText(/zum Beispiel 1\.250,5\.$/)).toBeVisible();
    const value = de.getByRole('textbox', { name: VALUE });
    await value.fill('1.250,5');
    await expect(value).not.toHaveAttribute('aria-invalid', 'true');
    await expect(de.getByText(/^Gelesen als/)).toHaveCount(0);
    // Money in German: digits grouped with dots, the euro sign after a no-break space.
    const money = de.getByRole('cell').filter({ hasText: /€/ }).first();
    await expect(money).toHaveText(/^\d{1,3}(\.\d{3})*\u00a0€$/);

    await value.fill('1250,5');
    await expect(value).not.toHaveAttribute('aria-invalid', 'true');
    await page.reload();
    await hydrated(page);
    await expect(de.getByRole('textbox', { name: VALUE })).toHaveValue('1250,5');

    // English writing on a German page is still understood, and the page says how it read it.
    await de.getByRole('textbox', { name: VALUE }).fill('1,250.5');
    await expect(de.getByText('Gelesen als 1.250,5.')).toBeVisible();
  });
});
