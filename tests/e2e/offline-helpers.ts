import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { offline } from '../../src/i18n/en/offline';
import { htmlOf } from './support/site';

/**
 * Unzips a build's offline edition into a new temporary folder; returns the edition's root (inside
 * that folder, which the caller removes).
 */
export function unzipEdition(dist: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cx-offline-'));
  for (const [name, data] of Object.entries(unzipSync(readFileSync(join(dist, offline.zipPath))))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  return join(dir, offline.zipFolder);
}

/** The pages of one language's search index in an unzipped edition, as its index script holds them. */
export function editionSearchIndex(root: string, lang: string): { url: string; title: string; content: string }[] {
  const code = readFileSync(join(root, `_offline/search-index.${lang}.js`), 'utf8');
  return JSON.parse(code.slice(code.indexOf('=') + 1).replace(/;\s*$/, ''));
}

/** A page under tools/ that holds a tool (an island): a tool's page or its embed view. */
export function isToolPage(dist: string, page: string): boolean {
  return page.startsWith('tools/') && htmlOf(dist, page).includes('<astro-island');
}

/** A digest of what an island shows, leaving out the control the test changes and every control's value. */
async function shown(island: Locator): Promise<string> {
  return island.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const c of copy.querySelectorAll('[data-offline-test-control]')) c.remove();
    for (const c of copy.querySelectorAll('input, select, textarea, option')) {
      for (const a of ['value', 'checked', 'selected']) c.removeAttribute(a);
    }
    const canvases = [...el.querySelectorAll('canvas')].map((c) => {
      try {
        return c.toDataURL().length;
      } catch {
        return -1;
      }
    });
    return `${copy.innerHTML}|${canvases.join(',')}`;
  });
}

/** A value different from the current one that a number or range input accepts. */
function anotherNumber(value: string, min: string, max: string, step: string): string {
  const v = Number(value || min || 0);
  const s = Number(step) > 0 ? Number(step) : 1;
  const hi = max === '' ? Number.POSITIVE_INFINITY : Number(max);
  const next = v + s <= hi ? v + s : v - s;
  return String(Math.round(next * 1e6) / 1e6);
}

/** Changes one control in the way its kind allows; returns what it did. */
async function change(island: Locator, control: Locator): Promise<string> {
  const info = await control.evaluate((c) => {
    const input = c as HTMLInputElement;
    return {
      tag: c.tagName.toLowerCase(),
      type: input.type,
      name: input.name,
      checked: input.checked,
      value: input.value,
      min: input.min ?? '',
      max: input.max ?? '',
      step: input.step ?? '',
    };
  });
  if (info.tag === 'select') {
    const values = await control
      .locator('option:not([disabled])')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const next = values.find((v) => v !== info.value);
    if (next === undefined) return '';
    await control.selectOption(next);
    return `selected "${next}"`;
  }
  if (info.type === 'radio') {
    const other = island.locator(`input[type=radio][name="${info.name}"]:not(:checked)`).first();
    if ((await other.count()) === 0) return '';
    await other.check();
    return `checked another "${info.name}" radio button`;
  }
  if (info.type === 'checkbox') {
    await control.setChecked(!info.checked);
    return `${info.checked ? 'unchecked' : 'checked'} a checkbox`;
  }
  if (info.type === 'number' || info.type === 'range') {
    const next = anotherNumber(info.value, info.min, info.max, info.step);
    await control.fill(next);
    await control.press('Tab');
    return `typed ${next} in a number field`;
  }
  if (info.type === 'file') return '';
  const next = /^\d+([.,]\d+)?$/.test(info.value) ? String(Number(info.value.replace(',', '.')) + 1) : 'Offline test';
  await control.fill(next);
  await control.press('Tab');
  return `typed "${next}"`;
}

/**
 * Changes the native controls of the page's first island in document order, until what the island
 * shows changes, which proves it hydrated and computes. Some first controls only prepare an action
 * (an example to load, a file to pick), so up to eight are tried. Returns what made the difference.
 */
export async function changeFirstControl(page: Page): Promise<string> {
  const island = page.locator('main astro-island').first();
  await island.scrollIntoViewIfNeeded();
  // Tools hydrate when the reader starts to use them (client:interact); a focus event stands for that.
  await island.dispatchEvent('focusin');
  await expect(island, 'the island hydrates').not.toHaveAttribute('ssr', /.*/, { timeout: 15_000 });
  const controls = island.locator('input:not([type=hidden]):not([disabled]), select:not([disabled])');
  await expect(controls.first()).toBeVisible();
  const tried: string[] = [];
  const count = Math.min(await controls.count(), 8);
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    if (!(await control.isVisible())) continue;
    // The changed control itself (and its radio group) is left out: only a response elsewhere counts.
    await island.evaluate((el) => {
      for (const c of el.querySelectorAll('[data-offline-test-control]'))
        c.removeAttribute('data-offline-test-control');
    });
    await control.evaluate((c) => {
      const name = (c as HTMLInputElement).name;
      const group = name ? c.closest('astro-island')?.querySelectorAll(`[name="${CSS.escape(name)}"]`) : null;
      for (const el of group ?? [c]) el.setAttribute('data-offline-test-control', '');
    });
    const before = await shown(island);
    const did = await change(island, control);
    if (!did) continue;
    tried.push(did);
    const changed = await expect
      .poll(async () => (await shown(island)) !== before, { timeout: 3_000 })
      .toBe(true)
      .then(
        () => true,
        () => false,
      );
    if (changed) return did;
  }
  throw new Error(
    `The tool showed nothing new after the test ${tried.join(', then ') || 'found no control to change'}.`,
  );
}

/**
 * Request failures that are a page's own: the browser fetches the icon after a page loads, and on file://
 * the next navigation aborts that fetch (the abort arrives with the next page). Not a failure of either page.
 */
export function ownFailures(failures: readonly string[]): string[] {
  return failures.filter((f) => !/\/favicon\.svg net::ERR_ABORTED$/.test(f));
}
