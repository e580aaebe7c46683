import { expect, type Locator, type Page, test } from '@playwright/test';
import type { Questionnaire } from '../../src/lib/questionnaire/model';
import { encodeResponse } from '../../src/lib/questionnaire/response';
import { hydrated } from './support/islands';

/**
 * Storage filled to its quota before the page loads: every edit must survive a reload from the
 * address, and the page must say the work is not saved because storage is full.
 */
async function fillStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    try {
      // Filled once per test: a reload finds it full already.
      if (localStorage.getItem('fill:0') !== null) return;
      let size = 1 << 20;
      let i = 0;
      while (size >= 1) {
        try {
          localStorage.setItem(`fill:${i}`, 'x'.repeat(size));
          i += 1;
        } catch {
          size = Math.floor(size / 2);
        }
      }
    } catch {
      // Storage missing: nothing to fill.
    }
  });
}

const FULL = /storage is full/;
const SHARED = 'You are looking at a shared result.';

async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await hydrated(page);
}

async function reload(page: Page): Promise<void> {
  await page.reload();
  await hydrated(page);
}

async function typeInto(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.pressSequentially(text);
  await field.press('Tab');
}

interface ToolCase {
  tool: string;
  field: (page: Page) => Locator;
  own: string;
  /** A second edit, made after the reload. */
  again: string;
}

const TOOLS: ToolCase[] = [
  {
    tool: 'spectrum-grid',
    field: (page) => page.getByRole('textbox', { name: 'Name 1' }),
    own: 'My shop',
    again: 'My shop 2',
  },
  {
    tool: 'value-quiz',
    field: (page) => page.getByRole('textbox', { name: 'Offering name' }),
    own: 'My bakery',
    again: 'My bakery 2',
  },
  {
    tool: 'kano',
    field: (page) => page.getByRole('textbox', { name: 'Feature (optional)' }),
    own: 'My feature',
    again: 'My feature 2',
  },
  {
    tool: 'anxiety-gap',
    field: (page) => page.getByRole('group', { name: 'Today' }).getByRole('textbox', { name: 'Complexity' }),
    own: '9',
    again: '7',
  },
];

for (const c of TOOLS) {
  test(`${c.tool}: under full storage an edit survives a reload from the address, said to be not saved`, async ({
    page,
  }) => {
    await fillStorage(page);
    await open(page, `tools/${c.tool}/`);
    await typeInto(c.field(page), c.own);
    await expect(page.getByText(FULL).first()).toBeVisible();
    await expect(page.getByText('Not saved', { exact: true })).toBeVisible();
    expect(await page.evaluate((k) => localStorage.getItem(k), `cx-spectrum:${c.tool}:v1`)).toBeNull();

    await reload(page);
    await expect(c.field(page)).toHaveValue(c.own);
    await expect(page.getByText(FULL).first()).toBeVisible();
    await expect(page.getByText('Not saved', { exact: true })).toBeVisible();
    // It is the reader's own work, not a visitor's copy.
    await expect(page.getByText(SHARED)).toHaveCount(0);
    // A second edit after the reload survives too.
    await typeInto(c.field(page), c.again);
    await reload(page);
    await expect(c.field(page)).toHaveValue(c.again);
  });
}

const FEATURES = ['Skip a week', 'Recipe cards', 'Pause any time'];
const QUESTIONNAIRE: Questionnaire = {
  title: '',
  features: FEATURES.map((name) => ({ name, description: '' })),
  functional: '',
  dysfunctional: '',
  answers: 'like-expect',
};

test('questionnaire: collected codes under full storage survive a reload from the address, with a warning', async ({
  page,
}) => {
  await fillStorage(page);
  await open(page, 'tools/kano/questionnaire/');
  for (const [i, name] of FEATURES.entries()) {
    if (i > 0) await page.getByRole('button', { name: 'Add a feature' }).click();
    await page.getByLabel(`Feature ${i + 1}: name`).fill(name);
  }
  const codes = [
    encodeResponse(QUESTIONNAIRE, [
      { functional: 'like', dysfunctional: 'dislike' },
      { functional: 'like', dysfunctional: 'dislike' },
      { functional: 'like', dysfunctional: 'dislike' },
    ]),
    encodeResponse(QUESTIONNAIRE, [
      { functional: 'expect', dysfunctional: 'dislike' },
      { functional: 'expect', dysfunctional: 'dislike' },
      null,
    ]),
    encodeResponse(QUESTIONNAIRE, [{ functional: 'neutral', dysfunctional: 'neutral' }, null, null]),
  ];
  await page.getByLabel('Text holding response codes').fill(codes.join('\n'));
  await page.getByRole('button', { name: 'Add the codes' }).click();
  await expect(page.getByText('3 respondents collected so far.')).toBeVisible();
  const warning = page.getByText(/codes are not saved in this browser: its storage is full/);
  await expect(warning).toBeVisible();

  await reload(page);
  await expect(page.getByLabel('Feature 3: name')).toHaveValue('Pause any time');
  await expect(page.getByText(/respondents? collected so far|No codes collected yet/)).toBeVisible();
  await expect(page.getByText('No codes collected yet.')).toHaveCount(0);
  await expect(page.getByText('3 respondents collected so far.')).toBeVisible();
  await expect(warning).toBeVisible();
  // The questionnaire itself is kept in the address, and the page says storage did not keep it.
  await expect(page.getByText(FULL).first()).toBeVisible();
});

test('Kano survey view: a small survey under full storage names full storage, not its size', async ({ page }) => {
  await fillStorage(page);
  await open(page, 'tools/kano/');
  await page.getByRole('radio', { name: 'A survey (CSV)' }).check();
  await page.getByRole('button', { name: 'Load the sample survey' }).click();
  await expect(page.getByText(/this survey is not kept/)).toBeVisible();
  await expect(page.getByText(/too large to keep/)).toHaveCount(0);
});

test('class board: under full storage a renamed group survives a reload from the address, said to be not saved', async ({
  page,
}) => {
  await fillStorage(page);
  await open(page, 'board/');
  const link = 'https://cx.example.org/tools/value-quiz/?quiz-offering=Corner%20shop';
  await page.getByLabel('Text holding the groups’ links').fill(link);
  await page.getByRole('button', { name: 'Add the links' }).click();
  await page.getByLabel('Name of group 1').fill('Table by the window');
  await page.getByLabel('Name of group 1').press('Tab');
  await expect(page.getByText(FULL).first()).toBeVisible();
  // The address is written a moment after the edit (made asynchronously): a reload before then reads the older one.
  await expect(page).toHaveURL(/g1=Table\+by\+the\+window/);
  await reload(page);
  await expect(page.getByLabel('Name of group 1')).toHaveValue('Table by the window');
  await expect(page.getByText(FULL).first()).toBeVisible();
});
