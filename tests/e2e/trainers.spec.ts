import { expect, type Page, test } from '@playwright/test';
import { toolNames } from '../../src/i18n/en/tool-names';
import { toolsCommon } from '../../src/i18n/en/tools-common';
import { headingLinks, presetText, trainersText } from '../../src/i18n/en/trainers';
import { PRESET_IDS, type Preset, presets } from '../../src/lib/presets';
import { TOOL_IDS, type ToolId } from '../../src/lib/tools';
import { hydrated } from './support/islands';

const PRESETS = presets(presetText);

const GAP = 'Time from the decision to buy to the moment of value';

/** What each tool must show when a preset has filled it in. */
const SHOWS: Record<ToolId, (page: Page, preset: Preset) => Promise<void>> = {
  'spectrum-grid': async (page, p) => {
    const name = p.states['spectrum-grid'].offerings[0]?.name ?? '';
    await expect(page.getByRole('textbox', { name: 'Name 1' })).toHaveValue(name);
    await expect(page.getByRole('region', { name: 'What the position suggests' })).toContainText(name);
  },
  'value-quiz': async (page, p) => {
    await expect(page.getByRole('textbox', { name: 'Offering name' })).toHaveValue(p.states['value-quiz'].offering);
    await expect(page.getByText('16 of 16 statements answered')).toBeVisible();
  },
  kano: async (page, p) => {
    await expect(page.getByRole('textbox', { name: 'Feature (optional)' })).toHaveValue(p.states.kano.feature);
  },
  'anxiety-gap': async (page, p) => {
    const today = page.getByRole('group', { name: 'Today' });
    await expect(today.getByRole('textbox', { name: GAP })).toHaveValue(String(p.states['anxiety-gap'].today.gap));
  },
};

async function expectNoNotices(page: Page): Promise<void> {
  await expect(page.getByText(toolsCommon.noticesHeading)).toHaveCount(0);
}

for (const id of PRESET_IDS) {
  const words = presetText[id];

  test(`the ${id} example opens every tool filled in, with no notices @smoke`, async ({ page }) => {
    for (const tool of TOOL_IDS) {
      await page.goto('trainers/');
      await page
        .getByRole('link', { name: `${toolNames[tool].title}${trainersText.forExample(words.title)}`, exact: true })
        .click();
      await expect(page).toHaveURL(new RegExp(`/tools/${tool}/\\?.+`));
      await hydrated(page);
      await SHOWS[tool](page, PRESETS[id]);
      await expectNoNotices(page);
    }
  });
}

test('an example opens in the presentation view, filled in', async ({ page }) => {
  const words = presetText.mortgage;
  await page.goto('trainers/');
  const name = `${trainersText.present}${trainersText.presentHidden(toolNames['value-quiz'].title, words.title)}`;
  await page.getByRole('link', { name }).click();
  await expect(page).toHaveURL(
    (u) =>
      u.pathname.endsWith('/tools/value-quiz/embed/') &&
      u.searchParams.has('present') &&
      u.searchParams.get('quiz-offering') === PRESETS.mortgage.states['value-quiz'].offering,
  );
  await expect(page.locator('html')).toHaveClass(/\bcx-present\b/);
  await hydrated(page);
  await SHOWS['value-quiz'](page, PRESETS.mortgage);
  await expectNoNotices(page);
});

test('the trainers page links the workshop agenda, the Kano template and the offline edition', async ({ page }) => {
  await page.goto('trainers/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(trainersText.title);
  await expect(page.getByRole('link', { name: 'a 75-minute agenda' })).toHaveAttribute(
    'href',
    /\/chapters\/putting-it-together\/#the-agenda$/,
  );
  const template = page.getByRole('link', { name: trainersText.template });
  await expect(template).toHaveAttribute('href', /\/downloads\/kano-template\.csv$/);
  const download = page.waitForEvent('download');
  await template.click();
  expect((await download).suggestedFilename()).toBe('kano-template.csv');
  await expect(page.getByRole('link', { name: 'Download it' })).toHaveAttribute('href', /\/offline\/#download$/);
  await page.getByRole('link', { name: trainersText.surveyMode }).click();
  await hydrated(page);
  await expect(page.getByRole('radio', { name: 'A survey (CSV)' })).toBeChecked();
  await expectNoNotices(page);
});

test('the navigation lists the trainers page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('');
  await page
    .getByRole('navigation', { name: 'Handbook' })
    .first()
    .getByRole('link', { name: trainersText.nav })
    .click();
  await expect(page).toHaveURL(/\/trainers\/$/);
});

for (const path of ['chapters/anxiety-gap/', 'trainers/']) {
  test(`${path}: a heading anchor activated by keyboard copies the section's link and says so @smoke`, async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(path);
    const anchor = page.locator('main h2 a.cx-anchor').nth(1);
    const id = ((await anchor.getAttribute('href')) ?? '').slice(1);
    expect(id).not.toBe('');
    await anchor.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: headingLinks.copied })).toHaveCount(1);
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(new URL(`${path}#${id}`, baseURL).href);
    // A second copy is announced again.
    const other = page.locator('main h2 a.cx-anchor').nth(2);
    const otherId = ((await other.getAttribute('href')) ?? '').slice(1);
    await other.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`#${otherId}$`));
    await expect(page.getByRole('status').filter({ hasText: headingLinks.copied })).toHaveCount(1);
  });
}

test('the 60- and 90-minute agendas are timed without gaps from the first minute to the last', async ({ page }) => {
  await page.goto('trainers/');
  for (const minutes of [60, 90]) {
    const table = page.getByRole('table', { name: new RegExp(`^${minutes} minutes`) });
    const times = await table.locator('tbody th[scope="row"]').allTextContents();
    expect(times.length).toBeGreaterThanOrEqual(6);
    let at = 0;
    for (const t of times) {
      const [from, to] = t.split('–').map((n) => Number(n.trim()));
      expect(from).toBe(at);
      expect(to).toBeGreaterThan(from ?? 0);
      at = to ?? 0;
    }
    expect(at).toBe(minutes);
  }
});
