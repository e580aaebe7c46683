import { expect, test } from '@playwright/test';

/** Section ids other pages link to: the same in every language. */
const TRAINERS_IDS = [
  'plan',
  'agendas',
  'links',
  'examples',
  'present',
  'embed',
  'kano-survey',
  'offline',
  'section-links',
];
const OFFLINE_IDS = ['install', 'download', 'privacy', 'trainers'];

test('the German trainers page keeps its section ids and times both agendas without gaps @smoke', async ({ page }) => {
  await page.goto('de/trainers/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Für Trainerinnen und Trainer');
  for (const id of TRAINERS_IDS) await expect(page.locator(`main h2#${id}`)).toHaveCount(1);
  for (const minutes of [60, 90]) {
    const table = page.getByRole('table', { name: new RegExp(`^${minutes} Minuten`) });
    const times = await table.locator('tbody th[scope="row"]').allTextContents();
    let at = 0;
    for (const t of times) {
      const [from, to] = t.split('–').map((n) => Number(n.trim()));
      expect(from).toBe(at);
      at = to ?? 0;
    }
    expect(at).toBe(minutes);
  }
  await expect(page.getByRole('link', { name: 'einen Ablauf für 75 Minuten' })).toHaveAttribute(
    'href',
    /\/de\/chapters\/putting-it-together\/#der-ablauf$/,
  );
});

test('the German offline page keeps its section ids', async ({ page }) => {
  await page.goto('de/offline/');
  for (const id of OFFLINE_IDS) await expect(page.locator(`main h2#${id}`)).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Offline-Ausgabe herunterladen' })).toBeVisible();
});

test('a German page marks the works’ English notes as English; the English page does not', async ({ page }) => {
  await page.goto('de/sources/');
  expect(await page.locator('main p[lang="en"]').count()).toBeGreaterThan(0);
  await page.goto('sources/');
  await expect(page.locator('main p[lang]')).toHaveCount(0);
});
