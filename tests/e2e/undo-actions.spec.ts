import { expect, type Locator, type Page, test } from '@playwright/test';
import { presetText } from '../../src/i18n/en/trainers';
import { PRESET_IDS, presetQuery, presets } from '../../src/lib/presets';
import { encodeResponse } from '../../src/lib/questionnaire/response';
import { decodeQuestionnaire } from '../../src/lib/questionnaire/url';
import { hydrated } from './support/islands';

const PRESETS = presets(presetText);

/** Every control that throws work away can be undone from the page's status line, restoring exactly what was there. */

async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await hydrated(page);
}

async function typeInto(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.pressSequentially(text);
  await field.press('Tab');
}

/** Undo by keyboard: Tab to the button is what a reader does; focusing it then pressing Enter stands for that. */
async function undoByKeyboard(page: Page): Promise<void> {
  const undo = page.getByRole('button', { name: 'Undo' });
  await undo.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Undone' })).toBeFocused();
}

/** Every saved item of this site whose key holds `part`, as key → text. */
function storedWith(page: Page, part: string): Promise<Record<string, string>> {
  return page.evaluate((p) => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      // Without the revision stamp: an undo puts back the same text under a new revision.
      if (k?.includes(p)) out[k] = (localStorage.getItem(k) ?? '').replace(/^_rev=[^&]*&/, '');
    }
    return out;
  }, part);
}

test('Kano: Reset forgets the saved survey and its column choices; Undo by keyboard brings both back', async ({
  page,
}) => {
  await open(page, 'tools/kano/');
  await page.getByRole('radio', { name: 'A survey (CSV)' }).check();
  const paste = page.getByRole('textbox', { name: 'Paste survey CSV' });
  const mine = 'feature,functional,dysfunctional\nSkip a week,like,neutral\nRecipe cards,expect,dislike\n';
  await paste.fill(mine);
  await page.getByRole('button', { name: 'Classify pasted survey' }).click();
  // Two items: the survey text and the mapping chosen for it.
  await expect.poll(async () => Object.keys(await storedWith(page, 'kano-survey')).length).toBe(2);
  const before = await storedWith(page, 'kano-survey');

  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByRole('radio', { name: 'One answer pair' })).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'the saved survey' })).toBeVisible();
  expect(await storedWith(page, 'kano-survey')).toEqual({});

  await undoByKeyboard(page);
  await expect(page.getByRole('radio', { name: 'A survey (CSV)' })).toBeChecked();
  await expect(paste).toHaveValue(mine);
  expect(await storedWith(page, 'kano-survey')).toEqual(before);
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole('textbox', { name: 'Paste survey CSV' })).toHaveValue(mine);
});

test('anxiety gap: loading an example and copying today’s values can each be undone', async ({ page }) => {
  await open(page, 'tools/anxiety-gap/');
  const complexity = (scenario: string) =>
    page.getByRole('group', { name: scenario }).getByRole('textbox', { name: 'Complexity' });
  await typeInto(complexity('Today'), '9');
  await typeInto(complexity('With changes'), '3');
  await expect(page).toHaveURL(/complexity=3/);
  const url = page.url();

  await page.getByRole('combobox', { name: 'Example' }).selectOption({ label: 'Choosing where to eat lunch' });
  await page.getByRole('button', { name: 'Use for “Today”' }).click();
  await expect(complexity('Today')).not.toHaveValue('9');
  await expect(
    page.getByRole('status').filter({ hasText: 'Loaded “Choosing where to eat lunch” into “Today”.' }),
  ).toBeVisible();
  await undoByKeyboard(page);
  await expect(complexity('Today')).toHaveValue('9');
  await expect(complexity('With changes')).toHaveValue('3');
  await expect(page).toHaveURL(url);

  await page.getByRole('button', { name: 'Copy today’s values into “With changes”' }).click();
  await expect(complexity('With changes')).toHaveValue('9');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(complexity('With changes')).toHaveValue('3');
  await expect(complexity('Today')).toHaveValue('9');
  await expect(page).toHaveURL(url);
});

test('profile: a removed touchpoint and the reader’s own start order come back with Undo', async ({ page }) => {
  await open(page, 'profile/');
  const map = page.getByRole('region', { name: 'Ownership map' });
  await map.getByRole('textbox', { name: 'New touchpoint' }).fill('Fit questions');
  await map.getByRole('button', { name: 'Add touchpoint' }).click();
  await map.getByRole('textbox', { name: 'New touchpoint' }).fill('Returns');
  await map.getByRole('button', { name: 'Add touchpoint' }).click();
  const fit = map.getByRole('group', { name: 'Fit questions' });
  await fit.getByRole('combobox', { name: 'Owner (accountable)' }).selectOption({ label: 'Support' });
  await fit
    .getByRole('group', { name: 'Speaks for it on social channels' })
    .getByRole('checkbox', { name: 'Marketing' })
    .check();
  const stored = () =>
    page.evaluate(() => localStorage.getItem('cx-spectrum:profile:v1')?.replace(/^_rev=[^&]*&/, '') ?? null);
  await expect.poll(stored).toContain('marketing');
  const before = await stored();

  const remove = map.getByRole('button', { name: 'Remove Fit questions' });
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(fit).toHaveCount(0);
  await expect(
    page.getByRole('status').filter({ hasText: 'Fit questions removed from the ownership map.' }),
  ).toBeVisible();
  await undoByKeyboard(page);
  const touchpoints = map.getByRole('textbox', { name: 'Name of the touchpoint' });
  await expect(touchpoints).toHaveCount(2);
  await expect(touchpoints.nth(0)).toHaveValue('Fit questions');
  await expect(touchpoints.nth(1)).toHaveValue('Returns');
  await expect(fit.getByRole('combobox', { name: 'Owner (accountable)' })).toHaveValue('support');
  await expect(
    fit.getByRole('group', { name: 'Speaks for it on social channels' }).getByRole('checkbox', { name: 'Marketing' }),
  ).toBeChecked();
  await expect.poll(stored).toBe(before);

  const start = page.getByRole('region', { name: 'Start sequence' });
  const names = start.getByRole('list', { name: 'Where to start' }).locator('.cx-profile__place-name');
  await start.getByRole('button', { name: 'Move Marketing earlier' }).click();
  const mineOrder = ['Support', 'Product development', 'Procurement and logistics', 'Marketing', 'Sales'];
  await expect(names).toHaveText(mineOrder);
  await start.getByRole('button', { name: 'Restore the essay’s order' }).click();
  await expect(names).toHaveText(['Support', 'Product development', 'Procurement and logistics', 'Sales', 'Marketing']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(names).toHaveText(mineOrder);
});

test('classroom: forgetting codes, removing a feature, removing a group and clearing the board can be undone', async ({
  page,
}) => {
  // Codes collected for a questionnaire.
  const query = 'f1=Skip+a+week&f2=Recipe+cards';
  await open(page, `tools/kano/questionnaire/?${query}`);
  const q = (await decodeQuestionnaire(query)).value;
  const codes = [
    encodeResponse(q, [
      { functional: 'like', dysfunctional: 'dislike' },
      { functional: 'expect', dysfunctional: 'dislike' },
    ]),
    encodeResponse(q, [
      { functional: 'neutral', dysfunctional: 'neutral' },
      { functional: 'like', dysfunctional: 'neutral' },
    ]),
  ];
  await page.getByLabel('Text holding response codes').fill(`Anna: ${codes[0]}\nBen: ${codes[1]}`);
  await page.getByRole('button', { name: 'Add the codes' }).click();
  await expect(page.getByText('2 respondents collected so far.')).toBeVisible();
  const kept = () => storedWith(page, 'cx-questionnaire-codes');
  const before = await kept();
  expect(Object.values(before)).toEqual([codes.join('\n')]);
  await page.getByRole('button', { name: 'Forget all collected codes' }).click();
  await expect(page.getByText('No codes collected yet.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Collected codes forgotten.' })).toBeVisible();
  await undoByKeyboard(page);
  await expect(page.getByText('2 respondents collected so far.')).toBeVisible();
  expect(await kept()).toEqual(before);

  // A feature removed from the questionnaire comes back, in its place.
  await page.getByRole('button', { name: 'Remove feature 1' }).click();
  await expect(page.getByLabel('Feature 1: name')).toHaveValue('Recipe cards');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Feature 1: name')).toHaveValue('Skip a week');
  await expect(page.getByLabel('Feature 2: name')).toHaveValue('Recipe cards');
  await expect(page).toHaveURL(new RegExp(`\\?${query.replace(/\+/g, '\\+')}`));

  // The class board: one group removed, then the whole board cleared; each comes back.
  await open(page, 'board/');
  // Two groups, one value-quiz link each: a second link for the same tool starts a new group.
  const links = PRESET_IDS.slice(0, 2).map(
    (id) => `http://localhost:4321/tools/value-quiz/?${presetQuery(PRESETS[id], 'value-quiz')}`,
  );
  await page.getByLabel('Text holding the groups’ links').fill(links.join('\n'));
  await page.getByRole('button', { name: 'Add the links' }).click();
  await expect(page.getByLabel('Name of group 2')).toBeVisible();
  await page.getByLabel('Name of group 1').fill('Window');
  await page.getByLabel('Name of group 1').press('Tab');
  await page.getByLabel('Name of group 2').fill('Door');
  await page.getByLabel('Name of group 2').press('Tab');
  await expect(page).toHaveURL(/Door/);
  const board = page.url();

  const remove = page.getByRole('button', { name: 'Remove Window' });
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Name of group 1')).toHaveValue('Door');
  await undoByKeyboard(page);
  await expect(page.getByLabel('Name of group 1')).toHaveValue('Window');
  await expect(page.getByLabel('Name of group 2')).toHaveValue('Door');
  await expect(page).toHaveURL(board);

  await page.getByRole('button', { name: 'Clear the board' }).click();
  await expect(page.getByLabel('Name of group 1')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Name of group 1')).toHaveValue('Window');
  await expect(page.getByLabel('Name of group 2')).toHaveValue('Door');
  await expect(page).toHaveURL(board);
});

test('the answering page: “Start again with empty answers” can be undone, code and all', async ({ page }) => {
  await open(page, 'answer/?f1=Skip+a+week&f2=Recipe+cards');
  for (const step of [0, 1]) {
    const groups = page.getByRole('main').getByRole('group');
    await groups.nth(0).getByRole('radio').nth(step).check();
    await groups.nth(1).getByRole('radio').nth(4).check();
    await page.getByRole('button', { name: step === 1 ? 'Finish' : 'Next' }).click();
  }
  const code = (await page.locator('output').textContent()) ?? '';
  expect(code).toMatch(/^K1-/);
  await page.getByRole('button', { name: 'Start again with empty answers' }).click();
  await expect(page.getByRole('main').getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Your answers were emptied.' })).toBeVisible();
  // Undo returns to the code's own view, whose heading takes focus as at every step.
  await page.getByRole('button', { name: 'Undo' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your response code' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Undone' })).toBeVisible();
  await expect(page.locator('output')).toHaveText(code);
  await page.getByRole('button', { name: 'Change my answers' }).click();
  await expect(page.getByRole('main').getByRole('radio', { checked: true })).toHaveCount(2);
});

test('unreadable saved data deleted with “Delete it” comes back with Undo', async ({ page }) => {
  const corrupt = '{"format":"cx-spectrum-profile","version":1,"current":0,"offerings":[{"name":"Lost';
  const aside = () => page.evaluate(() => localStorage.getItem('cx-spectrum:profile:v1:unreadable'));
  await open(page, 'profile/');
  await page.evaluate((raw) => localStorage.setItem('cx-spectrum:profile:v1', raw), corrupt);
  await page.reload();
  await hydrated(page);
  const notice = page.getByText(/could not be read; it is kept aside/);
  await expect(notice).toBeVisible();
  await page.getByRole('button', { name: 'Delete it' }).click();
  await expect(notice).toHaveCount(0);
  expect(await aside()).toBeNull();
  await undoByKeyboard(page);
  await expect(notice).toBeVisible();
  expect(await aside()).toBe(corrupt);
});

test('value quiz: a place cleared with “Clear place” comes back with Undo', async ({ page }) => {
  await open(page, 'tools/value-quiz/');
  const frequency = page.getByRole('spinbutton', { name: 'Frequency (0 to 10)' });
  const complexity = page.getByRole('spinbutton', { name: 'Complexity (0 to 10)' });
  await typeInto(frequency, '7');
  await typeInto(complexity, '2.5');
  await expect(page).toHaveURL(/quiz-complexity=2.5/);
  const url = page.url();
  await page.getByRole('button', { name: 'Clear place' }).click();
  await expect(frequency).toHaveValue('');
  await expect(page.getByRole('status').filter({ hasText: 'Place cleared.' })).toBeVisible();
  await undoByKeyboard(page);
  await expect(frequency).toHaveValue('7');
  await expect(complexity).toHaveValue('2.5');
  await expect(page).toHaveURL(url);
});
