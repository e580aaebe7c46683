import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { presetText } from '../../src/i18n/en/trainers';
import { boardAddress, readSavedBoard } from '../../src/lib/board/model';
import { PRESET_IDS, presetQuery, presets } from '../../src/lib/presets';
import { ADDRESS_LIMITS } from '../../src/lib/state/packed';
import type { ToolId } from '../../src/lib/tools';
import { classChat } from '../unit/board-groups';
import { hydrated } from './support/islands';

const PRESETS = presets(presetText);

const TOOLS: ToolId[] = ['spectrum-grid', 'value-quiz', 'kano', 'anxiety-gap'];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const NAMES = PRESET_IDS.map((id) => PRESETS[id].states['value-quiz'].offering);

/** A chat export in which three groups each send their four links, from three different addresses. */
function chat(): string {
  const origins = ['https://cx.example.org/', 'http://localhost:4321/handbook/', 'file:///C:/cx-spectrum/'];
  const lines = ['[10:00] Trainer: send me your links please'];
  PRESET_IDS.forEach((id, g) => {
    for (const tool of TOOLS) {
      const file = g === 2 ? 'index.html' : '';
      lines.push(`[10:0${g + 1}] Group ${g + 1}: ${origins[g]}tools/${tool}/${file}?${presetQuery(PRESETS[id], tool)}`);
    }
    lines.push('lol ok');
  });
  lines.push('Mallory: https://evil.example/tools/value-quiz/?quiz-offering=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  lines.push('Mallory: https://evil.example/tools/anxiety-gap/?today.gap=1e308');
  lines.push('Mallory: https://evil.example/tools/kano/?kano-feature=x&admin=true');
  return lines.join('\n');
}

test('the class board shows three groups in every view and names the hostile links @smoke', async ({ page }) => {
  let alerted = false;
  page.on('dialog', async (d) => {
    alerted = true;
    await d.dismiss();
  });
  await page.goto('board/');
  await hydrated(page);
  await page.getByLabel('Text holding the groups’ links').fill(chat());
  await page.getByRole('button', { name: 'Add the links' }).click();
  await expect(page.getByText('Found 15 links: 12 added, 0 already on the board, 3 skipped.')).toBeVisible();
  const skipped = page.getByRole('list').filter({ hasText: 'link skipped' });
  await expect(skipped.getByRole('listitem')).toHaveCount(3);
  await expect(skipped).toContainText('Value quiz link skipped: “quiz-offering” holds web code');
  await expect(skipped).toContainText('Anxiety-gap calculator link skipped:');
  await expect(skipped).toContainText('Kano classifier link skipped: it holds “admin”');

  for (const [i, name] of NAMES.entries()) await expect(page.getByLabel(`Name of group ${i + 1}`)).toHaveValue(name);
  const tables = ['complexity-by-frequency plane', 'score per source', 'anxiety index', 'category each group gave'];
  for (const caption of tables) {
    const table = page.getByRole('table', { name: new RegExp(caption) });
    for (const name of NAMES) await expect(table).toContainText(name);
  }
  await expect(
    page.getByRole('img', { name: 'Spectrum grid with 3 groups; the table below gives the positions.' }),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: /^Bar chart of 3 groups’ anxiety indices/ })).toBeVisible();
  expect(alerted).toBe(false);

  // Renaming a group; the board lives in its address (packed: the plain one would be 2,694 characters),
  // so a reload (or a shared link) shows the same.
  const before = page.url();
  await page.getByLabel('Name of group 1').fill('Table by the window');
  await page.getByLabel('Name of group 1').press('Tab');
  await expect(page).not.toHaveURL(before);
  await expect(page).toHaveURL(/\/board\/\?z1=[\w-]+$/);
  const address = page.url();
  const other = await page.context().newPage();
  await other.goto(address);
  await hydrated(other);
  await expect(other.getByRole('table', { name: /anxiety index/ })).toContainText('Table by the window');
  expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations).toEqual([]);
});

test('the board exports and imports its file, and presents without the site navigation', async ({ page }) => {
  await page.goto('board/');
  await hydrated(page);
  await page.getByLabel('Text holding the groups’ links').fill(chat());
  await page.getByRole('button', { name: 'Add the links' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the board (JSON)' }).click();
  const path = await (await download).path();
  await page.getByRole('button', { name: 'Clear the board' }).click();
  await expect(page.getByText('No groups yet')).toBeVisible();
  await page.getByLabel('Or open a board file or offering-profile files (JSON)').setInputFiles(path);
  await expect(page.getByText('3 groups read.')).toBeVisible();
  await expect(page.getByLabel('Name of group 3')).toHaveValue(NAMES[2] ?? '');
  await page.getByRole('button', { name: 'Present the board' }).click();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('table', { name: /complexity-by-frequency plane/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('banner')).toBeHidden();
});

for (const [count, script] of [
  [13, 'han'],
  [40, 'mixed'],
  // The most a board holds: even packed, past what an address carries (about 17,000 characters).
  [99, 'mixed'],
] as const) {
  test(`the board keeps ${count} groups with long ${script === 'han' ? 'Chinese' : 'Chinese and Cyrillic'} names, in its address or its saved copy`, async ({
    page,
    browser,
  }) => {
    const chat = classChat(count, script);
    await page.goto('board/');
    await hydrated(page);
    await page.getByLabel('Text holding the groups’ links').fill(chat.text);
    await page.getByRole('button', { name: 'Add the links' }).click();
    const links = count * 4;
    await expect(
      page.getByText(`Found ${links} links: ${links} added, 0 already on the board, 0 skipped.`),
    ).toBeVisible();
    const names = page
      .getByRole('list')
      .filter({ has: page.getByLabel('Name of group 1') })
      .getByRole('textbox');
    await expect(names).toHaveCount(count);
    expect(await names.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual(chat.names);

    const readBack = async (p: Page) => {
      await hydrated(p);
      const shown = p
        .getByRole('list')
        .filter({ has: p.getByLabel('Name of group 1') })
        .getByRole('textbox');
      await expect(shown).toHaveCount(count);
      expect(await shown.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual(chat.names);
    };
    const query = new URL(page.url()).search.slice(1);
    const board = await readSavedBoard(query === '' ? '' : query);
    const fits = (await boardAddress(board.value ?? { groups: [] })).ok;
    if (query !== '') {
      // The address is packed, no longer than the board reads, and opens the same board in a fresh browser.
      expect(query).toMatch(/^z1=[A-Za-z0-9_-]+$/);
      expect(query.length).toBeLessThanOrEqual(ADDRESS_LIMITS.read);
      expect(fits).toBe(true);
      const fresh = await browser.newContext();
      const other = await fresh.newPage();
      await other.goto(page.url());
      await readBack(other);
      await fresh.close();
    } else {
      // Too large for any address: none is written; the page says so and offers the file.
      await expect(
        page.getByText(/This board is too large for an address \([\d,]+ characters even packed/),
      ).toBeVisible();
      await expect(page.getByRole('button', { name: 'Download the board (JSON)' })).toBeVisible();
      await page.getByRole('button', { name: 'Copy the board’s address' }).click();
      await expect(page.getByText('This board is too large for an address: download the board')).toBeVisible();
    }
    await page.reload();
    await readBack(page);

    // A damaged address leaves the saved board as it was, shown and kept.
    await page.goto('board/?z1=AAAA');
    await expect(page.getByText('The board’s address is damaged')).toBeVisible();
    await readBack(page);
    await page.goto('board/');
    await readBack(page);
  });
}
