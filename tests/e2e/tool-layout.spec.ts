// Tool pages laid out for the screen they are on (issue 15): results beside the inputs on a wide
// screen, a live summary in sight on a narrow one, a printout of at most two pages.
import { expect, type Locator, type Page, test } from '@playwright/test';
import { hydrated } from './support/islands';
import { pdfPageCount } from './support/pdf';

interface Case {
  path: string;
  /** The first value the reader types or picks. */
  first: (page: Page) => Locator;
  /** Makes a change through the first input, by keyboard. */
  change: (page: Page) => Promise<void>;
  /** The key result, and how to read it (its text unless said otherwise). */
  key: (page: Page) => Locator;
  read?: (key: Locator) => Promise<string | null>;
  /** The last input of the form. */
  last: (page: Page) => Locator;
  /** A filled-in state, and a text its printout must hold (worked out by hand from the model). */
  state: string;
  printed: RegExp;
}

const results = (page: Page) => page.getByRole('group', { name: 'Results' }).first();

const CASES: Case[] = [
  {
    path: 'tools/anxiety-gap/',
    first: (page) =>
      page.getByRole('group', { name: 'Today' }).getByRole('textbox', {
        name: 'Time from the decision to buy to the moment of value',
      }),
    change: async (page) => {
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('40');
    },
    key: (page) =>
      results(page)
        .getByText(/^\d+ out of 100$/)
        .first(),
    last: (page) => page.locator('.cx-tool__inputs').locator('input:visible, select:visible').last(),
    // Today's time to value at 40 (weeks, the default unit); the printout shows the index.
    state: '?today.gap=40',
    printed: /Anxiety index[\s\S]*out of 100/,
  },
  {
    path: 'tools/value-quiz/',
    first: (page) => page.locator('.cx-tool__inputs').getByRole('radio').first(),
    change: async (page) => {
      await page.keyboard.press('Space');
    },
    key: (page) => results(page),
    last: (page) => page.locator('.cx-tool__inputs').getByRole('radio').last(),
    // Two straight statements per source answered 4 ("agree"), but feel1 and feel2 at 5: "Feeling good"
    // scores highest, so it alone leads.
    state: '?problem1=4&problem2=4&opportunity1=4&opportunity2=4&feel1=5&feel2=5&look1=4&look3=4',
    printed: /Feeling good/,
  },
  {
    path: 'tools/spectrum-grid/',
    first: (page) => page.getByRole('spinbutton', { name: 'Frequency' }).first(),
    change: async (page) => {
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('9');
      await page.keyboard.press('Enter');
    },
    // The position itself: the offering's marker on the plane, named with its scores.
    key: (page) => page.getByRole('group', { name: 'Complexity-by-frequency plane' }).getByRole('button').first(),
    read: (key) => key.getAttribute('aria-label'),
    last: (page) => page.locator('.cx-tool__inputs').locator('input:visible').last(),
    state: '?place=Meal%20kit_8_3',
    printed: /Meal kit: frequency 8, complexity 3/,
  },
  {
    path: 'tools/kano/',
    first: (page) =>
      page
        .getByRole('group', { name: /^Functional question/ })
        .getByRole('radio')
        .first(),
    change: async (page) => {
      await page.keyboard.press('Space');
      await page
        .getByRole('group', { name: /^Dysfunctional question/ })
        .getByRole('radio')
        .last()
        .check();
    },
    key: (page) => page.locator('.cx-kano__single').getByRole('status'),
    last: (page) =>
      page
        .getByRole('group', { name: /^Dysfunctional question/ })
        .getByRole('radio')
        .last(),
    // Functional "I like it", dysfunctional "I dislike it": one-dimensional (O) in the Kano table.
    state: '?kano-functional=like&kano-dysfunctional=dislike',
    printed: /One-dimensional/,
  },
];

for (const c of CASES) {
  test(`${c.path} at 1280 × 800: the key result is in view beside the first input and follows it`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(c.path);
    const first = c.first(page);
    await first.focus();
    await first.scrollIntoViewIfNeeded();
    await expect(page.locator('main astro-island').first()).not.toHaveAttribute('ssr', /.*/);
    const key = c.key(page);
    await expect(key).toBeInViewport();
    await expect(first).toBeInViewport();
    const read = c.read ?? ((l: Locator) => l.textContent());
    const before = await read(key);
    await first.focus();
    await c.change(page);
    await expect.poll(() => read(key)).not.toBe(before);
    await expect(key).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  });

  test(`${c.path} at 390 × 844: the live summary stays in sight while the last input is focused`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(c.path);
    const last = c.last(page);
    await last.focus();
    await last.scrollIntoViewIfNeeded();
    const summary = page.locator('.cx-live').first();
    await expect(summary).toBeInViewport();
    await expect(summary.getByRole('link', { name: 'Full results' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test(`${c.path} prints a filled-in state on at most two pages, with its key result and address`, async ({ page }) => {
    await page.goto(`${c.path}${c.state}`);
    await expect(page.locator('main astro-island').first()).not.toHaveAttribute('ssr', /.*/);
    await page.emulateMedia({ media: 'print' });
    expect(page.url()).toContain(c.path);
    // The address of the state, as text (the tool writes it into the address bar as it starts).
    // A browser fires beforeprint as it prints (page.pdf does not); the printout names the address of the state.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect
      .poll(() => page.evaluate(() => document.querySelector('main')?.textContent?.includes(location.href) ?? false))
      .toBe(true);
    // biome-ignore lint/performance/useDomNodeTextContent: the printed text is the rendered text, print styles applied
    expect(await page.locator('main').innerText()).toMatch(c.printed);
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      expect(pdfPageCount(pdf), format).toBeLessThanOrEqual(2);
    }
  });
}

test('a chapter prints its embedded tool as one line naming it and its address', async ({ page }) => {
  await page.goto('chapters/anxiety-gap/');
  await page.emulateMedia({ media: 'print' });
  const block = page.getByRole('complementary', { name: /^Try it: Anxiety-gap calculator/ });
  await expect(block.getByRole('spinbutton').or(block.getByRole('textbox'))).toHaveCount(0);
  // biome-ignore lint/performance/useDomNodeTextContent: the printed text is the rendered text, print styles applied
  const printed = await block.innerText();
  expect(printed.trim().split('\n').filter(Boolean)).toHaveLength(1);
  const link = block.getByRole('link', { name: 'Anxiety-gap calculator' });
  // The address is printed after the link by the print style sheet.
  const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('/tools/anxiety-gap/');
});

test('tools/kano/ survey at 1280 × 800: a feature’s category is in view while the mapping’s first control is focused', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('tools/kano/');
  await hydrated(page);
  await page.getByRole('radio', { name: 'A survey (CSV)' }).check();
  await page.getByRole('button', { name: 'Load the sample survey' }).click();
  const first = page.getByRole('textbox', { name: 'Name of feature 1' });
  await first.focus();
  await first.scrollIntoViewIfNeeded();
  await expect(first).toBeFocused();
  // The category of the first feature, as the results column names it (a Kano category and its letter).
  const key = results(page).getByRole('list', { name: 'Category per feature' }).getByRole('listitem').first();
  await expect(key).toHaveText(/: (Attractive|One-dimensional|Must-be|Indifferent|Reverse|Questionable) \([AOMIRQ]\)/);
  await expect(key).toBeInViewport();
  await expect(first).toBeInViewport();
  // Beside, not below: the results column starts to the right of the mapping.
  const [input, result] = [await first.boundingBox(), await key.boundingBox()];
  expect(result?.x ?? 0).toBeGreaterThan((input?.x ?? 0) + (input?.width ?? 0));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
});
