import { expect, test } from '@playwright/test';

// The site's chrome on a German page: server-rendered words, and the messages scripts write later,
// which must wait for the German table before they read it. Expected words are written by hand.

test('a German chapter has German chrome, diagrams and citation dates', async ({ page }) => {
  await page.goto('de/chapters/spectrum/');
  await expect(page.getByRole('link', { name: 'Zum Inhalt springen' })).toBeAttached();
  await expect(page.getByRole('navigation', { name: 'Handbuch' }).first()).toBeAttached();
  await expect(page.getByRole('navigation', { name: 'Voriges und nächstes Kapitel' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Ausprobieren: Spektrum-Raster' })).toBeAttached();
  await expect(
    page.getByRole('img', { name: /^Das Spektrum des Kundenerlebnisses: Komplexität nach Häufigkeit/ }),
  ).toBeVisible();
  await expect(page.locator('#spectrum-plane-desc')).toContainText('Häufigkeit 9,5, Komplexität 0,5');
  await expect(page.locator('.cx-citation').first()).toContainText('„Beyond Social Media Marketing, Part 2“');
  await expect(page.locator('.cx-citation').first()).toContainText('13. September 2012');
});

test('German diagrams: the anxiety curve and the start sequence', async ({ page }) => {
  await page.goto('de/chapters/anxiety-gap/');
  await expect(
    page.getByRole('img', { name: /^Verunsicherung in der Lücke zwischen Kauf und Wertmoment/ }),
  ).toBeVisible();
  await page.goto('de/chapters/where-to-start/');
  const sequence = page.getByRole('img', { name: /^Wo anfangen: zuerst der Kundenservice, zuletzt das Marketing/ });
  await expect(sequence).toBeVisible();
  await expect(sequence.locator('text.label').first()).toHaveText('Kundenservice');
});

test('a German tool page names the tool and its chapter in German', async ({ page }) => {
  await page.goto('de/tools/kano/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kano-Klassifikator');
  await expect(page).toHaveTitle(/^Kano-Klassifikator · /);
  await expect(page.locator('.cx-tool-page__lead')).toContainText(
    'Die Idee dahinter erklärt das Kapitel Vier Wertquellen.',
  );
});

test('German search messages come from the German table', async ({ page }) => {
  await page.goto('de/glossary/');
  await page.getByRole('button', { name: 'Suche' }).click();
  const dialog = page.getByRole('dialog', { name: 'Im Handbuch suchen' });
  await dialog.getByRole('searchbox', { name: 'Im Handbuch suchen' }).fill('Spektrum');
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ Treffer für „Spektrum“\.$/);
});

test('copying a section link on a German page is announced in German', async ({ page }) => {
  await page.goto('de/chapters/spectrum/');
  await page.locator('h2 .cx-anchor').first().click();
  await expect(page.locator('[data-heading-status]')).toHaveText(
    /^(Link kopiert\.|Der Link ließ sich nicht kopieren; die Adressleiste zeigt ihn jetzt\.)$/,
  );
});
