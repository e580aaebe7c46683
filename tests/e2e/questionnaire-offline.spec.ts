import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { offline } from '../../src/i18n/en/offline';
import { ownFailures } from './offline-helpers';
import { distOf } from './support/site';
import { watchPage } from './support/watch';

let folder = '';
test.afterAll(() => {
  if (folder !== '') rmSync(folder, { recursive: true, force: true });
});

test('the questionnaire, answering and board pages work from the offline edition on file:// @smoke', async ({
  page,
}, info) => {
  folder = mkdtempSync(join(tmpdir(), 'cx-classroom-'));
  for (const [name, data] of Object.entries(unzipSync(readFileSync(join(distOf(info), offline.zipPath))))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), data);
  }
  const root = join(folder, offline.zipFolder);
  const watch = await watchPage(page);
  await page.goto(pathToFileURL(join(root, 'tools/kano/questionnaire/index.html')).href);
  await page.getByLabel('Feature 1: name').fill('Skip a week');
  await page.getByRole('button', { name: 'Add a feature' }).click();
  await page.getByLabel('Feature 2: name').fill('Recipe cards');
  // Written a moment after the last keystroke: read once it holds both features.
  const field = page.getByLabel('Address of the questionnaire');
  await expect(field).toHaveValue(/^file:.*\/answer\/index\.html\?f1=Skip\+a\+week&f2=Recipe\+cards$/);
  const address = await field.inputValue();
  await expect(page.getByRole('img', { name: /^QR code/ })).toBeVisible();

  await page.goto(address);
  await expect(page.getByText('Feature 1 of 2')).toBeVisible();
  for (const step of ['Next', 'Finish']) {
    const groups = page.getByRole('main').getByRole('group');
    await groups.nth(0).getByRole('radio', { name: 'I like it' }).check();
    await groups.nth(1).getByRole('radio', { name: 'I dislike it' }).check();
    await page.getByRole('button', { name: step }).click();
  }
  await expect(page.getByRole('heading', { name: 'Your response code' })).toBeVisible();
  await expect(page.locator('output')).toHaveText(/^K1-[0-9A-Z]{4}-44-[0-9A-Z]{2}$/);
  await page.getByRole('button', { name: 'Show the code as a QR code' }).click();
  await expect(page.getByRole('img', { name: 'Your response code as a QR code' })).toBeVisible();

  await page.goto(pathToFileURL(join(root, 'board/index.html')).href);
  const links = [
    'Anna: https://x.example/tools/kano/?kano-feature=Pause&kano-functional=like&kano-dysfunctional=dislike',
  ];
  links.push('Ben: https://x.example/tools/kano/?kano-feature=Pause&kano-functional=expect&kano-dysfunctional=dislike');
  await page.getByLabel('Text holding the groups’ links').fill(links.join('\n'));
  await page.getByRole('button', { name: 'Add the links' }).click();
  // Evaluation table: like × dislike is One-dimensional, expect × dislike is Must-be.
  const row = page.getByRole('row', { name: /^Pause \(shared\)/ });
  await expect(row.getByRole('cell')).toHaveText(['One-dimensional (O)', 'Must-be (M)']);
  expect(watch.consoleErrors).toEqual([]);
  expect(ownFailures(watch.failures)).toEqual([]);
  expect(await watch.cspViolations()).toEqual([]);
});
