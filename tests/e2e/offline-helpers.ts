import { expect, type Locator, type Page } from '@playwright/test';

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

/**
 * Changes the first native control of the page's first island and expects what the island shows to
 * change. Returns a description of what it changed, for the test's message.
 */
export async function changeFirstControl(page: Page): Promise<string> {
  const island = page.locator('main astro-island').first();
  await island.scrollIntoViewIfNeeded();
  await expect(island, 'the island hydrates').not.toHaveAttribute('ssr', /.*/, { timeout: 15_000 });
  const control = island.locator('input:not([type=hidden]):not([disabled]), select:not([disabled])').first();
  await expect(control).toBeVisible();
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
  // The changed control itself (and its radio group) is left out: only a response elsewhere counts.
  await control.evaluate((c) => {
    const name = (c as HTMLInputElement).name;
    const group = name ? c.closest('astro-island')?.querySelectorAll(`[name="${CSS.escape(name)}"]`) : null;
    for (const el of group ?? [c]) el.setAttribute('data-offline-test-control', '');
  });
  const before = await shown(island);
  let did = '';
  if (info.tag === 'select') {
    const values = await control.locator('option:not([disabled])').evaluateAll((os) =>
      os.map((o) => (o as HTMLOptionElement).value),
    );
    const next = values.find((v) => v !== info.value);
    if (next === undefined) throw new Error('the first select has a single option');
    await control.selectOption(next);
    did = `selected "${next}"`;
  } else if (info.type === 'radio') {
    await island.locator(`input[type=radio][name="${info.name}"]:not(:checked)`).first().check();
    did = `checked another "${info.name}" radio button`;
  } else if (info.type === 'checkbox') {
    await control.setChecked(!info.checked);
    did = `${info.checked ? 'unchecked' : 'checked'} a checkbox`;
  } else if (info.type === 'number' || info.type === 'range') {
    const next = anotherNumber(info.value, info.min, info.max, info.step);
    await control.fill(next);
    did = `typed ${next}`;
  } else {
    await control.fill(`${info.value}Offline test`.trim());
    await control.press('Tab');
    did = 'typed "Offline test"';
  }
  await expect
    .poll(async () => (await shown(island)) !== before, {
      message: `the tool shows something new after the test ${did}`,
      timeout: 10_000,
    })
    .toBe(true);
  return did;
}
