import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import type { Answers } from '../../src/lib/quiz/scoring';
import { scoreAll } from '../../src/lib/quiz/scoring';
import { hydrated } from './support/islands';
import { pdfPageCount } from './support/pdf';
import { watchPage } from './support/watch';

const PROFILE = 'profile/';
const STORE = 'cx-spectrum:profile:v1';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const Q = {
  frequency: 'How often do customers meet it?',
  complexity: 'How complex is it?',
  value: 'How does it create value for customers?',
  realise: 'How do customers realise that value?',
} as const;
const QUESTIONS = Object.values(Q);

/** Quiz answers for "Meal kit": a functional lean. */
const QUIZ: Answers = {
  problem1: 5,
  problem2: 4,
  problem3: 5,
  problem4: 2,
  opportunity1: 4,
  opportunity2: 3,
  opportunity3: 2,
  opportunity4: 4,
  feel1: 3,
  feel2: 4,
  feel3: 3,
  feel4: 2,
  look1: 2,
  look2: 4,
  look3: 2,
  look4: 3,
};

const TOOL_URLS = {
  'value-quiz': `tools/value-quiz/?quiz-offering=Meal%20kit&${Object.entries(QUIZ)
    .map(([k, v]) => `${k}=${v}`)
    .join('&')}`,
  'spectrum-grid': 'tools/spectrum-grid/?place=Car_2-9_8&place=Meal%20kit_7_3',
  kano: 'tools/kano/?kano-feature=Skip%20a%20week&kano-functional=like&kano-dysfunctional=neutral',
  'anxiety-gap': 'tools/anxiety-gap/?today.gap=3&today.gap-unit=day&changed.gap=1&changed.gap-unit=day',
} as const;

/** Opens each tool with its state in the URL and keeps it as the reader's own, so the tool saves it. Returns the anxiety index shown today. */
async function fillTools(page: Page): Promise<string> {
  let today = '';
  for (const [tool, url] of Object.entries(TOOL_URLS)) {
    await page.goto(url);
    await hydrated(page);
    await page.getByRole('button', { name: 'Keep this as mine' }).click();
    await page.waitForFunction((key) => localStorage.getItem(key) !== null, `cx-spectrum:${tool}:v1`);
    if (tool === 'anxiety-gap') {
      const cells = page.getByRole('row', { name: /^Anxiety index/ }).getByRole('cell');
      today = (await cells.first().textContent()) ?? '';
    }
  }
  return today;
}

async function openProfile(page: Page): Promise<void> {
  await page.goto(PROFILE);
  await hydrated(page);
}

function card(page: Page, name: string) {
  return page.getByRole('region', { name, exact: true });
}

/** The value shown beside a label in a tool's summary list. */
function summaryValue(page: Page, tool: string, label: string) {
  return card(page, tool)
    .locator('.cx-profile__row')
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('dd');
}

async function takeFromTools(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Take from the tools' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Taken from' })).toBeVisible();
}

async function storedProfile(page: Page): Promise<string | null> {
  // Without the revision stamp the page keeps in front of the file's text.
  return page.evaluate((key) => localStorage.getItem(key)?.replace(/^_rev=[^&]*&/, '') ?? null, STORE);
}

test('takes what the tools saved and shows it, with charts and links back @smoke', async ({ page }) => {
  const anxietyToday = await fillTools(page);
  await openProfile(page);
  await takeFromTools(page);
  await expect(page.getByRole('textbox', { name: 'Name of the offering' })).toHaveValue('Meal kit');
  await expect(page.getByRole('heading', { name: 'Offering profile: Meal kit' })).toBeVisible();

  await expect(summaryValue(page, 'Spectrum grid', 'Position')).toHaveText('frequency 7, complexity 3');
  await expect(summaryValue(page, 'Spectrum grid', 'Offering on the grid')).toHaveText('Meal kit');
  for (const s of scoreAll(QUIZ)) {
    const label = {
      problem: 'Solving a problem',
      opportunity: 'Enabling an opportunity',
      feel: 'Feeling good',
      look: 'Looking good',
    }[s.source];
    await expect(summaryValue(page, 'Value quiz', label)).toHaveText(String(s.score));
  }
  await expect(summaryValue(page, 'Kano classifier', 'Category')).toHaveText('Attractive (A)');
  await expect(summaryValue(page, 'Kano classifier', 'Feature')).toHaveText('Skip a week');
  await expect(summaryValue(page, 'Anxiety-gap calculator', 'Anxiety index today')).toHaveText(
    new RegExp(`^${anxietyToday} of 100 \\(`),
  );
  await expect(summaryValue(page, 'Anxiety-gap calculator', 'Time to value today')).toHaveText('3 days');

  for (const chart of [
    /^Scatter chart of the complexity-by-frequency plane with Meal kit/,
    /^Bar chart of the value profile of Meal kit/,
    /^Line chart of anxiety/,
  ]) {
    await expect(page.getByRole('img', { name: chart })).toBeVisible();
  }
  const text = await page.locator('.cx-profile').textContent();
  expect(text).not.toMatch(/NaN|Infinity|undefined/);

  const grid = page.getByRole('link', { name: 'Open in the spectrum grid' });
  await expect(grid).toHaveAttribute('href', /\/tools\/spectrum-grid\/\?place=Car_2-9_8&place=Meal\+kit_7_3&read=2$/);
  await page.getByRole('link', { name: 'Open in the value quiz' }).click();
  await hydrated(page);
  await expect(page.getByRole('textbox', { name: 'Offering name' })).toHaveValue('Meal kit');
});

test('the profile survives a reload; export then import gives the same profile @smoke', async ({ page }) => {
  const watch = await watchPage(page);
  await fillTools(page);
  await openProfile(page);
  await takeFromTools(page);
  await page.getByRole('textbox', { name: Q.frequency }).fill('Weekly, when the box arrives.');
  await page
    .getByRole('textbox', { name: Q.realise })
    .fill('At the first dinner cooked without a trip to the shop.\nThen every week.');
  await expect(page.getByText('29 of 500 characters')).toBeVisible();
  await page.getByRole('button', { name: 'Add an offering' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of the offering' })).toBeFocused();
  await page.keyboard.type('Car');
  await takeFromTools(page);
  await expect(summaryValue(page, 'Spectrum grid', 'Position')).toHaveText('frequency 2 to 9, complexity 8');
  await expect(page.getByRole('table', { name: 'Spectrum grid, offering by offering' })).toBeVisible();

  await page.reload();
  await hydrated(page);
  await expect(page.getByRole('radio', { name: 'Car' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Name of the offering' })).toHaveValue('Car');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as a file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('offering-profile-car.json');
  const exported = await (await file.createReadStream())
    .toArray()
    .then((parts) => Buffer.concat(parts).toString('utf8'));
  const json = JSON.parse(exported) as { format: string; version: number; offerings: { name: string }[] };
  expect(json.format).toBe('cx-spectrum-profile');
  expect(json.version).toBe(3);
  expect(json.offerings.map((o) => o.name)).toEqual(['Meal kit', 'Car']);
  const shownBefore = await page.locator('.cx-profile').textContent();

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole('textbox', { name: 'Name of the offering' })).toHaveValue('');
  await expect(page.getByText('Add a second offering to compare.')).toBeVisible();

  await page.getByLabel('Import from a file').setInputFiles({
    name: 'profile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exported),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2 offerings.' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name of the offering' })).toHaveValue('Car');
  await page.getByRole('radio', { name: 'Meal kit' }).check();
  await expect(page.getByRole('textbox', { name: Q.realise })).toHaveValue(
    'At the first dinner cooked without a trip to the shop.\nThen every week.',
  );
  await page.getByRole('radio', { name: 'Car' }).check();
  const normalise = (s: string | null) =>
    (s ?? '').replace(/Imported 2 offerings\.|Saved offering-profile-car\.json\./g, '').trim();
  expect(normalise(await page.locator('.cx-profile').textContent())).toBe(normalise(shownBefore));

  const again = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as a file' }).click();
  const second = await (await (await again).createReadStream())
    .toArray()
    .then((p) => Buffer.concat(p).toString('utf8'));
  expect(second).toBe(exported);
  expect(await storedProfile(page)).toBe(exported);
  expect(await watch.cspViolations()).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('a malformed or hostile file is refused with a reason, and nothing is lost @smoke', async ({ page }) => {
  test.slow(); // a 20 MB file travels to the browser, and nine files are tried in turn
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    return d.dismiss();
  });
  await openProfile(page);
  await page.getByRole('textbox', { name: 'Name of the offering' }).fill('Meal kit');
  await page.getByRole('textbox', { name: Q.complexity }).fill('Choose recipes each week; cook from a card.');
  await expect.poll(() => storedProfile(page)).toContain('Choose recipes');
  const before = await storedProfile(page);
  const valid = JSON.parse(before ?? '{}') as Record<string, unknown>;
  const offering = (valid['offerings'] as Record<string, unknown>[])[0] ?? {};
  const withTools = (tools: Record<string, string>) =>
    JSON.stringify({ ...valid, offerings: [{ ...offering, tools: { ...(offering['tools'] as object), ...tools } }] });

  const files: [string, string | Buffer, RegExp][] = [
    ['not JSON', 'this is not json', /not JSON/],
    ['wrong types', JSON.stringify({ ...valid, current: 'first' }), /“current”: expected a number/],
    [
      'a huge string',
      JSON.stringify({ ...valid, offerings: [{ ...offering, name: 'n'.repeat(100_000) }] }),
      /name is longer than 80 characters/,
    ],
    [
      'too many offerings',
      JSON.stringify({ ...valid, offerings: [offering, offering, offering, offering] }),
      /more than 3 entries/,
    ],
    ['a 20 MB file', Buffer.alloc(20 * 1024 * 1024, 32), /20\.0 MB; a profile file is at most 512 KB/],
    ['a __proto__ key', (before ?? '').replace('{', '{"__proto__": {"isAdmin": true},'), /“__proto__”/],
    [
      'a constructor key',
      JSON.stringify({ ...valid, constructor: { prototype: { x: 1 } } }),
      /“(constructor|prototype)”/,
    ],
    ['a tool state with notices', withTools({ 'value-quiz': 'problem1=9' }), /Value quiz: Answer to problem1 “9”/],
    [
      'markup in a wrong field',
      JSON.stringify({ ...valid, '<img src=x onerror=alert(1)>': 1 }),
      /“<img src=x onerror=alert\(1\)>”/,
    ],
  ];
  const input = page.getByLabel('Import from a file');
  const alert = page.getByRole('alert');
  for (const [name, content, reason] of files) {
    await input.setInputFiles({ name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(content) });
    await expect(alert, name).toContainText('The file was not imported, and your profile is unchanged');
    await expect(alert, name).toContainText(reason);
    await expect(page.getByRole('textbox', { name: 'Name of the offering' })).toHaveValue('Meal kit');
    expect(await storedProfile(page), name).toBe(before);
  }
  expect(await page.locator('.cx-profile img').count()).toBe(0);
  expect(await page.evaluate(() => String(({} as Record<string, unknown>)['isAdmin']))).toBe('undefined');

  // A valid file whose text looks like markup is imported, and shown as text.
  const markup = '<img src=x onerror=alert(1)>';
  await input.setInputFiles({
    name: 'markup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...valid, offerings: [{ ...offering, name: markup }] })),
  });
  await expect(page.getByRole('heading', { name: `Offering profile: ${markup}` })).toBeVisible();
  expect(await page.locator('.cx-profile img').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('prints the filled profile on exactly one page, in A4 and in Letter', async ({ page }) => {
  await fillTools(page);
  await openProfile(page);
  await takeFromTools(page);
  // The longest answers the fields allow, so a full handout still fits.
  const words = 'Customers meet the box each week and judge it by the dinner it makes. ';
  for (const q of QUESTIONS) await page.getByRole('textbox', { name: q }).fill(words.repeat(10).slice(0, 500));
  await expect(page.getByText('500 of 500 characters')).toHaveCount(4);
  await expect(page.getByRole('img', { name: /^Line chart of anxiety/ })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Take from the tools' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Compare offerings' })).toBeHidden();
  await expect(page.getByText(words.slice(0, 40)).first()).toBeVisible();
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: true });
    expect(pdfPageCount(pdf), format).toBe(1);
  }
});

test('compares offerings in tables that stack on a narrow screen; axe finds nothing', async ({ page }) => {
  test.slow(); // four tools to fill and three axe runs
  await fillTools(page);
  await openProfile(page);
  await takeFromTools(page);
  await page.getByRole('button', { name: 'Add an offering' }).click();
  await page.keyboard.type('Car');
  await takeFromTools(page);
  const table = page.getByRole('table', { name: 'Spectrum grid, offering by offering' });
  await expect(table.getByRole('columnheader')).toHaveText(['Item', 'Meal kit', 'Car']);
  await expect(table.getByRole('row', { name: /^Position/ }).getByRole('cell')).toHaveText([
    'frequency 7, complexity 3',
    'frequency 2 to 9, complexity 8',
  ]);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }

  await page.getByRole('button', { name: 'Remove this offering' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Car removed.' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Spectrum grid, offering by offering' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('radio', { name: 'Car' })).toBeChecked();
  await expect(table).toBeVisible();

  await page.setViewportSize({ width: 375, height: 800 });
  await expect(table).toBeHidden();
  const stacked = page.locator('.cx-profile__stack').filter({ hasText: 'Spectrum grid, offering by offering' });
  await expect(stacked).toBeVisible();
  await expect(stacked.locator('.cx-profile__stack-name')).toHaveText(['Meal kit', 'Car']);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('maps who owns each touchpoint and orders where to start, by keyboard; both survive export and print', async ({
  page,
}) => {
  test.slow(); // a walk through many controls, two PDFs and an axe run
  await openProfile(page);
  await page.getByRole('textbox', { name: 'Name of the offering' }).fill('Running shoes');
  const map = page.getByRole('region', { name: 'Ownership map' });

  // Add a touchpoint of our own with the keyboard: type, then Enter.
  await map.getByRole('textbox', { name: 'New touchpoint' }).focus();
  await page.keyboard.type('Fit questions');
  await page.keyboard.press('Enter');
  await expect(map.getByRole('status')).toHaveText('Fit questions added to the ownership map.');
  const fit = map.getByRole('group', { name: 'Fit questions' });
  await expect(fit).toBeVisible();
  await expect(fit.getByText('Still open: no owner and nobody speaks for it.')).toBeVisible();
  await fit.getByRole('combobox', { name: 'Owner (accountable)' }).selectOption({ label: 'Product development' });
  const contributors = fit.getByRole('group', { name: 'Contributors (experts who help)' });
  await contributors.getByRole('checkbox', { name: 'Support' }).focus();
  await page.keyboard.press('Space');
  await expect(contributors.getByRole('checkbox', { name: 'Support' })).toBeChecked();
  const voices = fit.getByRole('group', { name: 'Speaks for it on social channels' });
  await voices.getByRole('checkbox', { name: 'Product development' }).check();
  await voices.getByRole('checkbox', { name: 'Marketing' }).check();
  await expect(fit.getByText(/^Still open/)).toHaveCount(0);

  // The usual touchpoints arrive once; one of them is removed again.
  await map.getByRole('button', { name: 'Add the usual touchpoints' }).click();
  await expect(map.getByRole('status')).toHaveText('Added 7 touchpoints.');
  await map.getByRole('button', { name: 'Add the usual touchpoints' }).click();
  await expect(map.getByRole('status')).toHaveText('The usual touchpoints are already on the map.');
  await expect(map.getByRole('group', { name: 'Praise and stories' })).toBeVisible();
  await map.getByRole('button', { name: 'Remove Praise and stories' }).click();
  // Said on the page's undo line (tests/e2e/undo-actions.spec.ts undoes it).
  await expect(
    page.getByRole('status').filter({ hasText: 'Praise and stories removed from the ownership map.' }),
  ).toBeVisible();
  await expect(map.getByRole('group', { name: 'Praise and stories' })).toHaveCount(0);
  await expect(map.getByRole('textbox', { name: 'New touchpoint' })).toBeFocused();

  // The start sequence: the essay's order, then product development moved first with the keyboard.
  const start = page.getByRole('region', { name: 'Start sequence' });
  const order = start.getByRole('list', { name: 'Where to start' });
  const names = order.locator('.cx-profile__place-name');
  await expect(names).toHaveText(['Support', 'Product development', 'Procurement and logistics', 'Sales', 'Marketing']);
  await expect(start.getByText('Your order is the essay’s order.')).toBeVisible();
  await order.getByRole('button', { name: 'Move Product development earlier' }).focus();
  await page.keyboard.press('Enter');
  await expect(start.getByRole('status')).toHaveText('Product development moved to first place.');
  await expect(names).toHaveText(['Product development', 'Support', 'Procurement and logistics', 'Sales', 'Marketing']);
  // At the top its "earlier" button is disabled, so focus moves to its "later" button.
  await expect(order.getByRole('button', { name: 'Move Product development later' })).toBeFocused();
  await expect(order.getByRole('listitem').first()).toContainText(
    '1 place earlier than the essay, which puts it second',
  );
  await expect(start.getByText('Your order differs from the essay’s for 2 of the 5 functions.')).toBeVisible();
  await start.getByRole('textbox', { name: 'Why this order' }).fill('Few customers yet: listen in design first.');
  const objectives = start.getByRole('group', { name: '1. Business objectives' });
  await objectives.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'In progress' });
  await objectives.getByRole('textbox', { name: 'Notes' }).fill('Fewer returns in the first month.');

  // Export: the file carries both.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as a file' }).click();
  const exported = await (await (await download).createReadStream())
    .toArray()
    .then((parts) => Buffer.concat(parts).toString('utf8'));
  const json = JSON.parse(exported) as {
    offerings: {
      ownership: { name: string; owner: string; contributors: string[]; voices: string[] }[];
      start: { order: string[]; why: string; steps: Record<string, { status: string; notes: string }> };
    }[];
  };
  const saved = json.offerings[0];
  expect(saved?.ownership[0]).toEqual({
    id: expect.stringMatching(/^[a-z0-9]+$/),
    name: 'Fit questions',
    owner: 'product',
    contributors: ['support'],
    voices: ['product', 'marketing'],
  });
  expect(saved?.ownership.map((t) => t.name)).toHaveLength(7);
  expect(saved?.start.order).toEqual(['product', 'support', 'logistics', 'sales', 'marketing']);
  expect(saved?.start.steps['objectives']).toEqual({
    status: 'in-progress',
    notes: 'Fewer returns in the first month.',
  });

  // Import into an empty browser gives the same map and order back.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await hydrated(page);
  await page.getByLabel('Import from a file').setInputFiles({
    name: 'profile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exported),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 offering.' })).toBeVisible();
  await expect(map.getByRole('group', { name: 'Fit questions' }).getByRole('combobox')).toHaveValue('product');
  await expect(names.first()).toHaveText('Product development');

  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Print: the handout, then a page of its own for the map and the sequence.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Who owns it and where to start: Running shoes' })).toBeVisible();
  await expect(page.getByRole('table', { name: /^Who owns, contributes to and speaks for/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add touchpoint' })).toBeHidden();
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: true });
    expect(pdfPageCount(pdf), format).toBe(2);
  }

  // A second offering: the comparison sets both maps and orders side by side.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Add an offering' }).click();
  await page.keyboard.type('Mortgage');
  const plan = page.getByRole('table', { name: 'Who owns it and where to start, offering by offering' });
  await expect(plan.getByRole('row', { name: /^Touchpoints on the map/ }).getByRole('cell')).toHaveText(['7', '0']);
  await expect(plan.getByRole('row', { name: /^Owners/ }).getByRole('cell')).toHaveText(['Product development 1', '—']);
  await expect(plan.getByRole('row', { name: /^Start order/ }).getByRole('cell')).toHaveText([
    'Product development, Support, Procurement and logistics, Sales, Marketing',
    'Support, Product development, Procurement and logistics, Sales, Marketing',
  ]);
});

test('an old profile file (version 1) still imports, with an empty map and the essay’s order', async ({ page }) => {
  await openProfile(page);
  const v1 = {
    format: 'cx-spectrum-profile',
    version: 1,
    current: 0,
    offerings: [
      {
        name: 'Meal kit',
        answers: { frequency: 'Weekly.', complexity: '', value: '', realise: '' },
        tools: { 'spectrum-grid': '', 'value-quiz': '', kano: '', 'anxiety-gap': '' },
      },
    ],
  };
  await page.getByLabel('Import from a file').setInputFiles({
    name: 'old.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(v1)),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 offering.' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: Q.frequency })).toHaveValue('Weekly.');
  await expect(page.getByText('No touchpoints yet. Add your own, or start from the usual ones.')).toBeVisible();
  await expect(page.getByText('Your order is the essay’s order.')).toBeVisible();
  await expect.poll(() => storedProfile(page)).toContain('"version": 3');
});

test('a fresh profile starts when the reader first acts, and answers that first click @smoke', async ({ page }) => {
  await page.goto(PROFILE);
  const island = page.locator('main astro-island').first();
  // Nothing saved: the page is the server's HTML until the reader acts, so loading it runs no island.
  await page.waitForLoadState('load');
  await expect(island).toHaveAttribute('ssr', '');
  // The first press starts the island; the click that ends it lands before the island can answer, and is replayed.
  await page.getByRole('button', { name: 'Add an offering' }).click();
  await expect(page.getByText('Offering 2 added and shown.')).toBeVisible();
  // Exactly once: one click, one more offering to choose from.
  await expect(page.locator('main input[type="radio"][name$="-shown"]')).toHaveCount(2);
});
