import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { serialiseBoard } from '../../src/lib/board/model';
import { hydrated } from './support/islands';

// Issue 26, item 5: offerings are known by who they are, not where they are. Tab A removes the first offering
// while tab B is typing in the second; every keystroke must land in the second, in the grid and in the profile.

async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await hydrated(page);
}

async function twoTabs(context: BrowserContext, path: string): Promise<[Page, Page]> {
  const a = await context.newPage();
  const b = await context.newPage();
  await open(a, path);
  return [a, b];
}

test('spectrum grid: an offering removed in one tab while the next one is typed in, in another', async ({
  context,
}) => {
  const [a, b] = await twoTabs(context, 'tools/spectrum-grid/?place=One_5_5&place=Two_3_3&place=Three_7_7');
  await a.getByRole('button', { name: 'Keep this as mine' }).click();
  await open(b, 'tools/spectrum-grid/');
  const second = b.getByRole('textbox', { name: 'Name 2' });
  await expect(second).toHaveValue('Two');
  await second.click();
  await second.press('End');
  await b.keyboard.type('-ab');
  // Focusing a card selects it (and moves it); focus first, so the key press lands on the button.
  const remove = a.getByRole('button', { name: 'Remove One' });
  await remove.focus();
  // Tab A removes the first offering while tab B goes on typing, a key every 40 ms.
  await Promise.all([b.keyboard.type('cdefgh', { delay: 40 }), remove.press('Enter')]);
  await expect(b.getByRole('textbox', { name: 'Name 3' })).toHaveCount(0);
  await b.keyboard.type('ij');
  for (const page of [b, a]) {
    await expect(page.getByRole('textbox', { name: 'Name 1' })).toHaveValue('Two-abcdefghij');
    await expect(page.getByRole('textbox', { name: 'Name 2' })).toHaveValue('Three');
  }
});

test('profile: the offering shown in one tab is removed before it in another while its name is typed', async ({
  context,
}) => {
  const [a, b] = await twoTabs(context, 'profile/');
  const name = (p: Page) => p.getByRole('textbox', { name: 'Name of the offering' });
  await name(a).fill('One');
  for (const next of ['Two', 'Three']) {
    await a.getByRole('button', { name: 'Add an offering' }).click();
    await name(a).fill(next);
  }
  await open(b, 'profile/');
  await b.getByRole('radio', { name: 'Two' }).check();
  await expect(name(b)).toHaveValue('Two');
  await name(b).click();
  await name(b).press('End');
  await a.getByRole('radio', { name: 'One' }).check();
  await expect(name(a)).toHaveValue('One');
  await Promise.all([
    b.keyboard.type('-abcdef', { delay: 40 }),
    a.getByRole('button', { name: 'Remove this offering' }).click(),
  ]);
  await expect(b.getByRole('radio')).toHaveCount(2);
  await b.keyboard.type('gh');
  await expect(name(b)).toHaveValue('Two-abcdefgh');
  await expect(b.getByRole('radio', { name: 'Two-abcdefgh' })).toBeChecked();
  await expect(a.getByRole('radio', { name: 'Two-abcdefgh' })).toBeVisible();
  await expect(a.getByRole('radio', { name: 'Three' })).toBeVisible();
});

test('two tabs typing into the same name at the same instant, 50 rounds: every character kept or offered back', async ({
  context,
}) => {
  // A few seconds on a quiet machine; on one shared by many jobs the 50 rounds have taken close to a minute.
  test.setTimeout(120_000);
  const [a, b] = await twoTabs(context, 'tools/spectrum-grid/?place=Start_5_5');
  await a.getByRole('button', { name: 'Keep this as mine' }).click();
  await open(b, 'tools/spectrum-grid/');
  const field = (p: Page) => p.getByRole('textbox', { name: 'Name 1' });
  await expect(field(b)).toHaveValue('Start');
  const value = (p: Page) => field(p).inputValue();
  /** Both tabs show the same name: the two have settled. */
  const settled = async () => {
    await expect
      .poll(
        async () => {
          const [va, vb] = await Promise.all([value(a), value(b)]);
          return va === vb ? va : `apart: ${va} | ${vb}`;
        },
        { intervals: [20] },
      )
      .not.toMatch(/^apart: /);
    return value(a);
  };
  const offeredBack: string[] = [];
  for (let r = 0; r < 50; r++) {
    if (r % 20 === 19) {
      // The name holds 60 characters at most: start it afresh now and then, so every character typed has room.
      await field(a).fill('Start');
      await expect.poll(() => value(b), { intervals: [20] }).toBe('Start');
    }
    // One character each, never typed before: a Latin letter with a mark in tab A, a Cyrillic one in tab B.
    const typed: [Page, string][] = [
      [a, String.fromCodePoint(0x100 + r)],
      [b, String.fromCodePoint(0x410 + r)],
    ];
    // Both tabs type at once: each puts its character at the end of the name as typing does (an input event).
    await Promise.all(
      typed.map(([p, ch]) =>
        field(p).evaluate((el, c) => {
          if (!(el instanceof HTMLInputElement)) return;
          el.focus();
          el.setSelectionRange(el.value.length, el.value.length);
          document.execCommand('insertText', false, c);
        }, ch),
      ),
    );
    const kept = await settled();
    for (const [p, ch] of typed) {
      if (kept.includes(ch)) continue;
      // Lost to the other tab's later edit: this tab says so and undo gives the character back.
      const undo = p.getByRole('button', { name: 'Undo', exact: true });
      await expect(undo, `round ${r}: ${ch} neither kept nor offered back`).toBeVisible();
      await undo.click();
      await expect(field(p)).toHaveValue(new RegExp(ch));
      offeredBack.push(ch);
      await settled();
    }
  }
  console.log(
    `same-instant typing: ${offeredBack.length} of 100 characters lost to the later edit and given back by undo`,
  );
});

test('class board: a group removed in one tab while another is renamed in a second, both kept; undo puts the group back; a file opened while another tab adds a group keeps both', async ({
  context,
}) => {
  const [a, b] = await twoTabs(context, 'board/?g1=Alpha&g2=Beta&g3=Gamma');
  await open(b, 'board/');
  const names = (p: Page) => p.getByRole('textbox', { name: /^Name of group/ });
  await expect(names(b)).toHaveCount(3);
  // Tab B renames the third group while tab A removes the first.
  await b.getByRole('textbox', { name: 'Name of group 3' }).fill('Gamma two');
  await Promise.all([
    b.getByRole('textbox', { name: 'Name of group 3' }).press('Enter'),
    a.getByRole('button', { name: 'Remove Alpha' }).click(),
  ]);
  for (const p of [a, b]) {
    await expect(names(p)).toHaveCount(2);
    await expect(p.getByRole('textbox', { name: 'Name of group 1' })).toHaveValue('Beta');
    await expect(p.getByRole('textbox', { name: 'Name of group 2' })).toHaveValue('Gamma two');
  }
  // Undo in tab A gives Alpha back in its place, beside tab B's rename.
  await a.getByRole('button', { name: 'Undo', exact: true }).click();
  for (const p of [a, b]) {
    await expect(p.getByRole('textbox', { name: 'Name of group 1' })).toHaveValue('Alpha');
    await expect(p.getByRole('textbox', { name: 'Name of group 3' })).toHaveValue('Gamma two');
  }
  // Both tabs rename the same group, B later: B's name stands in both, and A's page names the group and offers its own back.
  await a.getByRole('textbox', { name: 'Name of group 2' }).fill('Beta A');
  await a.getByRole('textbox', { name: 'Name of group 2' }).press('Enter');
  await expect(b.getByRole('textbox', { name: 'Name of group 2' })).toHaveValue('Beta A');
  await b.getByRole('textbox', { name: 'Name of group 2' }).fill('Beta B');
  await b.getByRole('textbox', { name: 'Name of group 2' }).press('Enter');
  await expect(a.getByRole('textbox', { name: 'Name of group 2' })).toHaveValue('Beta B');
  await expect(a.getByText(/Another tab changed “Beta A”/)).toBeVisible();
  await a.getByRole('button', { name: 'Undo', exact: true }).click();
  for (const p of [a, b]) await expect(p.getByRole('textbox', { name: 'Name of group 2' })).toHaveValue('Beta A');
  // Tab A opens a board file while tab B adds a group: A's file reader is held back until B's group is on A's
  // board, and the file's group then joins the board as it is by then, so B's group stays in both tabs.
  let release = () => {};
  const held = new Promise<void>((r) => {
    release = r;
  });
  await a.route(/\/file\.[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await a.getByLabel('Or open a board file or offering-profile files (JSON)').setInputFiles({
    name: 'delta.json',
    mimeType: 'application/json',
    buffer: Buffer.from(serialiseBoard({ groups: [{ id: 'dd11', name: 'Delta', tools: {} }] })),
  });
  await b
    .getByLabel('Text holding the groups’ links')
    .fill('https://cx.example.org/tools/value-quiz/?quiz-offering=Epsilon');
  await b.getByRole('button', { name: 'Add the links' }).click();
  await expect(names(a)).toHaveCount(4);
  release();
  await expect(a.getByText(/delta\.json.: 1 group read\./)).toBeVisible();
  for (const p of [a, b]) {
    await expect(names(p)).toHaveCount(5);
    await expect(p.getByRole('textbox', { name: 'Name of group 4' })).toHaveValue('Epsilon');
    await expect(p.getByRole('textbox', { name: 'Name of group 5' })).toHaveValue('Delta');
  }
});
