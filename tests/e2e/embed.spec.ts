import AxeBuilder from '@axe-core/playwright';
import { expect, type FrameLocator, type Locator, type Page, test } from '@playwright/test';
import { toolNames } from '../../src/i18n/en/tool-names';
import { embedText } from '../../src/i18n/en/trainers';
import { TOOL_IDS, TOOLS, type ToolId } from '../../src/lib/tools';
import { hydrated } from './support/islands';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** A trainer's course page on another origin; https, as a real one would be. */
const TRAINER = 'https://trainer.test/';
const GAP = 'Time from the decision to buy to the moment of value';

/** Where a tool lives: the page itself, or a frame inside another site's page. */
type Root = Page | FrameLocator;

/** For each tool, one change a reader makes, and the part of the result that must show it. */
const CHANGES: Record<ToolId, (root: Root) => Promise<void>> = {
  'spectrum-grid': async (root) => {
    await root.getByRole('textbox', { name: 'Name 1' }).fill('Projector test');
    await expect(root.getByRole('region', { name: 'What the position suggests' })).toContainText('Projector test');
  },
  'value-quiz': async (root) => {
    await expect(root.getByText('0 of 16 statements answered')).toBeVisible();
    await root
      .getByRole('group', { name: /^Statement 1\b/ })
      .getByRole('radio', { name: 'Strongly agree' })
      .check();
    await expect(root.getByText('1 of 16 statements answered')).toBeVisible();
  },
  kano: async (root) => {
    await root
      .getByRole('group', { name: /^Functional question/ })
      .getByRole('radio', { name: 'I like it' })
      .check();
    await root
      .getByRole('group', { name: /^Dysfunctional question/ })
      .getByRole('radio', { name: 'I dislike it' })
      .check();
    await expect(root.getByText(/One-dimensional/).first()).toBeVisible();
  },
  'anxiety-gap': async (root) => {
    const index = root
      .getByRole('row', { name: /^Anxiety index/ })
      .getByRole('cell')
      .first();
    const before = Number(await index.textContent());
    await root.getByRole('group', { name: 'Today' }).getByRole('textbox', { name: GAP }).fill('40');
    await expect.poll(async () => Number(await index.textContent())).toBeGreaterThan(before);
  },
};

/** Waits until every island inside a frame has hydrated. */
async function frameHydrated(frame: FrameLocator): Promise<void> {
  const island = frame.locator('astro-island').first();
  await island.scrollIntoViewIfNeeded();
  // Embeds, like tool pages, start when the reader first uses them; a focus event stands for that.
  await island.dispatchEvent('focusin');
  await expect(island).not.toHaveAttribute('ssr', { timeout: 15_000 });
}

/** Serves a page on another origin that frames the given address, as a trainer's course page would. */
async function trainerPage(page: Page, src: string): Promise<void> {
  // The test server is on localhost, and Chromium keeps public pages from framing local addresses
  // unless allowed. A published handbook is public, so this only concerns the test.
  await page
    .context()
    .grantPermissions(['local-network-access'], { origin: new URL(TRAINER).origin })
    .catch(() => undefined); // older Chromium has no such check and no such permission
  await page.route(`${TRAINER}**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Course page</title></head><body><h1>Week 3</h1><iframe src="${src}" title="Tool" width="1000" height="800" allow="clipboard-write"></iframe></body></html>`,
    }),
  );
  await page.goto(TRAINER);
}

function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

function chromeOf(root: Page | Locator) {
  return {
    nav: root.getByRole('navigation'),
    banner: root.getByRole('banner'),
    footer: root.getByRole('contentinfo'),
    search: root.getByRole('button', { name: /Search/ }),
  };
}

for (const tool of TOOL_IDS) {
  const info = { ...TOOLS[tool], ...toolNames[tool] };
  const path = `tools/${tool}/embed/`;

  test(`${tool} embed view: no site chrome, hydrates, links back to its chapter in the top window @smoke`, async ({
    page,
  }) => {
    const errors = errorsOf(page);
    await page.goto(path);
    const chrome = chromeOf(page);
    await expect(chrome.nav).toHaveCount(0);
    await expect(chrome.banner).toHaveCount(0);
    await expect(chrome.footer).toHaveCount(0);
    await expect(chrome.search).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(info.title);
    const chapter = page.getByRole('link', { name: /^Read the chapter:/ });
    await expect(chapter).toHaveAttribute('target', '_top');
    await expect(chapter).toHaveAttribute('href', new RegExp(`/chapters/${info.chapter}/$`));
    await expect(page.getByRole('link', { name: embedText.openFull })).toHaveAttribute('target', '_top');
    await expect(page.getByRole('link', { name: embedText.exitPresentation })).toBeHidden();
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    await hydrated(page);
    await CHANGES[tool](page);
    expect(errors).toEqual([]);
  });

  test(`${tool} embed view works in a frame on another origin`, async ({ page, baseURL }) => {
    const errors = errorsOf(page);
    await trainerPage(page, new URL(path, baseURL).href);
    const frame = page.frameLocator('iframe');
    await frameHydrated(frame);
    await CHANGES[tool](frame);
    // The frame's address carries the new state, so "Open in the handbook" does too.
    const open = frame.getByRole('link', { name: embedText.openFull });
    await open.focus();
    await expect(open).toHaveAttribute('href', new RegExp(`/tools/${tool}/\\?.+`));
    // Copying may be refused in a frame; either way the tool says so and keeps working.
    await frame.getByRole('button', { name: 'Copy link to this result' }).click();
    await expect(frame.getByRole('status').filter({ hasText: /copied|Could not copy/ })).toBeVisible();
    expect(errors).toEqual([]);
    // The chapter link leaves the frame and opens in the top window.
    await frame.getByRole('link', { name: /^Read the chapter:/ }).click();
    await expect(page).toHaveURL(new RegExp(`/chapters/${info.chapter}/$`));
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`${tool} presentation view: axe finds nothing (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${path}?present`);
      await hydrated(page);
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
    });
  }
}

for (const tool of TOOL_IDS) {
  test(`${tool} embed view keeps working when the frame may not use storage`, async ({ page, baseURL }) => {
    const errors = errorsOf(page);
    await page.addInitScript(() => {
      if (window === window.top) return;
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Storage is blocked in this frame', 'SecurityError');
        },
      });
    });
    await trainerPage(page, new URL(`tools/${tool}/embed/`, baseURL).href);
    const frame = page.frameLocator('iframe');
    await frameHydrated(frame);
    await CHANGES[tool](frame);
    expect(errors).toEqual([]);
  });
}

test('present opens the tool alone in large type, and exit returns with the same state @smoke', async ({ page }) => {
  await page.goto('tools/kano/?kano-feature=Same-day%20delivery');
  await hydrated(page);
  await page.getByRole('link', { name: embedText.present }).click();
  // The tool may rewrite its address as it hydrates ("?present=&…"), so read the address, not its spelling.
  await expect(page).toHaveURL(
    (u) =>
      u.pathname.endsWith('/tools/kano/embed/') &&
      u.searchParams.has('present') &&
      u.searchParams.get('kano-feature') === 'Same-day delivery',
  );
  await expect(page.locator('html')).toHaveClass(/\bcx-present\b/);
  expect(
    await page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize)),
  ).toBeGreaterThan(16);
  await expect(page.getByRole('link', { name: embedText.openFull })).toBeHidden();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await hydrated(page);
  await expect(page.getByRole('textbox', { name: 'Feature (optional)' })).toHaveValue('Same-day delivery');
  await CHANGES.kano(page);
  const exit = page.getByRole('link', { name: embedText.exitPresentation });
  await expect(exit).toBeVisible();
  await exit.click();
  await expect(page).toHaveURL(
    (u) =>
      u.pathname.endsWith('/tools/kano/') &&
      !u.searchParams.has('present') &&
      u.searchParams.get('kano-feature') === 'Same-day delivery' &&
      u.searchParams.get('kano-functional') === 'like',
  );
  await hydrated(page);
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: 'Feature (optional)' })).toHaveValue('Same-day delivery');
  await expect(page.getByText(/One-dimensional/).first()).toBeVisible();
});

test('the presentation view is reachable and leaves by keyboard alone', async ({ page }) => {
  await page.goto('tools/value-quiz/embed/?present&quiz-offering=Meal%20kit');
  await page.keyboard.press('Tab');
  const exit = page.getByRole('link', { name: embedText.exitPresentation });
  await expect(exit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(
    (u) =>
      u.pathname.endsWith('/tools/value-quiz/') &&
      !u.searchParams.has('present') &&
      u.searchParams.get('quiz-offering') === 'Meal kit',
  );
});

test('a tool page offers embed code that follows the tool and copies @smoke', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('tools/kano/');
  await hydrated(page);
  await page.getByRole('textbox', { name: 'Feature (optional)' }).fill('Free returns');
  const code = page.getByRole('textbox', { name: embedText.embedLabel });
  const src = `${new URL('tools/kano/embed/', baseURL).href}?kano-feature=Free+returns`;
  await expect(code).toHaveValue(
    new RegExp(
      `^<iframe src="${src.replaceAll('?', '\\?').replaceAll('+', '\\+')}" title="Kano classifier, from the CX Spectrum handbook"`,
    ),
  );
  await expect(code).toHaveAttribute('readonly', '');
  await page.getByRole('button', { name: embedText.copyEmbed }).click();
  await expect(page.getByRole('status').filter({ hasText: embedText.embedCopied })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
});
