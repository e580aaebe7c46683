// Each language searches only its own pages (Pagefind on the web, the edition's own search on
// file://); the offline edition and the service worker hold every German page; a missing German
// address gets the German 404 page.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, type Page, type TestInfo, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { site as deSite } from '../../src/i18n/de/site';
import { offline } from '../../src/i18n/en/offline';
import { site } from '../../src/i18n/en/site';
import { editionSearchIndex, unzipEdition } from './offline-helpers';
import { distOf, htmlOf, pagesOf, searchableText } from './support/site';

const CHAPTERS = new URL('../../src/content/chapters/', import.meta.url);
const GERMAN = 'de';

/** The words of a text, lower case, long enough to be distinctive. */
function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\p{L}{8,}/gu) ?? []);
}

/** The prose of a chapter's source: front matter, imports and tags left out. */
function proseOf(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?\n---/, ' ')
    .replace(/^import .*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ');
}

/** The chapter sources of one folder: slug and prose. */
function chapterSources(folder: URL): { slug: string; prose: string }[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => ({ slug: f.replace(/\.mdx$/, ''), prose: proseOf(readFileSync(new URL(f, folder), 'utf8')) }));
}

/** Every word of a text, lower case, single letters included. */
function allWordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
}

/**
 * A word of one chapter in `lang` that no source and no built page of the other language comes close
 * to, and that the chapter's built page shows to search. Where no page has a word, Pagefind matches
 * the longest indexed word that starts it ("counterpoints" finds "count", "anticipation" "an",
 * "consistently" the letter "C"), so no word of the other language may start it or share its first five letters. Longest first.
 */
function wordOnlyIn(dist: string, lang: 'en' | 'de'): { word: string; page: string } {
  const english = chapterSources(CHAPTERS);
  const german = chapterSources(new URL(`${GERMAN}/`, CHAPTERS));
  const isGerman = (page: string) => page.startsWith(`${GERMAN}/`);
  const others = new Set<string>();
  for (const c of lang === 'de' ? english : german) for (const w of allWordsOf(c.prose)) others.add(w);
  for (const page of pagesOf(dist).filter((p) => isGerman(p) !== (lang === 'de'))) {
    for (const w of allWordsOf(searchableText(htmlOf(dist, page)))) others.add(w);
  }
  const starts = new Set([...others].map((w) => w.slice(0, 5)));
  const near = (w: string) =>
    starts.has(w.slice(0, 5)) ||
    Array.from({ length: w.length }, (_, i) => w.slice(0, i + 1)).some((p) => others.has(p));
  for (const c of lang === 'de' ? german : english) {
    const page = `${lang === 'de' ? `${GERMAN}/` : ''}chapters/${c.slug}/`;
    const shown = wordsOf(searchableText(htmlOf(dist, page)));
    const own = [...wordsOf(c.prose)].filter((w) => shown.has(w) && !near(w));
    const word = own.sort((a, b) => b.length - a.length || a.localeCompare(b))[0];
    if (word) return { word, page };
  }
  throw new Error(`No ${lang} chapter has a word of its own to search for.`);
}

/** The site's base path, from the project's base URL ("/" or "/handbook/"). */
function baseOf(info: TestInfo): string {
  return new URL(String(info.project.use.baseURL)).pathname;
}

/** Opens search with "/" (the same key in every language), types a word, waits for its status. */
async function search(page: Page, label: string, word: string, status: string) {
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: label });
  await dialog.getByRole('searchbox', { name: label }).fill(word);
  await expect(dialog.getByRole('status')).toContainText(status);
  return dialog;
}

test.describe('search on the web', () => {
  test('from /de/, a word only German chapters have lists its chapter and only German pages @smoke', async ({
    page,
  }, info) => {
    const { word, page: chapter } = wordOnlyIn(distOf(info), 'de');
    const base = baseOf(info);
    await page.goto(`${GERMAN}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', GERMAN);
    const dialog = await search(page, deSite.searchLabel, word, `„${word}“`);
    const links = dialog.getByRole('link');
    await expect(links.first()).toBeVisible();
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs, `results for “${word}”`).toContain(`${base}${chapter}`);
    expect(hrefs.filter((h) => !h.startsWith(`${base}${GERMAN}/`))).toEqual([]);
  });

  test('from /de/, a word only English chapters have finds nothing, though English pages find it', async ({
    page,
  }, info) => {
    const { word, page: chapter } = wordOnlyIn(distOf(info), 'en');
    const base = baseOf(info);
    await page.goto('');
    const english = await search(page, site.searchLabel, word, `“${word}”`);
    await expect(english.getByRole('link').first()).toBeVisible();
    expect(await english.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain(
      `${base}${chapter}`,
    );

    await page.goto(`${GERMAN}/`);
    const german = await search(page, deSite.searchLabel, word, deSite.searchNone(word));
    await expect(german.getByRole('link')).toHaveCount(0);
  });
});

test.describe('search in the offline edition', () => {
  const roots = new Map<string, string>();
  test.afterAll(() => {
    for (const root of roots.values()) rmSync(dirname(root), { recursive: true, force: true });
    roots.clear();
  });
  const edition = (dist: string) => {
    const root = roots.get(dist) ?? unzipEdition(dist);
    roots.set(dist, root);
    return root;
  };

  test('each language has its own index, holding only its own pages', async ({}, info) => {
    const root = edition(distOf(info));
    const german = editionSearchIndex(root, GERMAN).map((p) => p.url);
    const english = editionSearchIndex(root, 'en').map((p) => p.url);
    expect(german.length).toBeGreaterThan(0);
    expect(english.length).toBeGreaterThan(0);
    expect(german.filter((u) => !u.startsWith(`${GERMAN}/`))).toEqual([]);
    expect(english.filter((u) => u.startsWith(`${GERMAN}/`))).toEqual([]);
  });

  test('from de/index.html on file://, German words find German chapters, English words nothing', async ({
    page,
  }, info) => {
    const dist = distOf(info);
    const root = edition(dist);
    const inGerman = wordOnlyIn(dist, 'de');
    const inEnglish = wordOnlyIn(dist, 'en');
    const germanRoot = `${pathToFileURL(join(root, GERMAN)).href}/`;

    await page.goto(pathToFileURL(join(root, GERMAN, 'index.html')).href);
    const dialog = await search(page, deSite.searchLabel, inGerman.word, `„${inGerman.word}“`);
    const links = dialog.getByRole('link');
    await expect(links.first()).toBeVisible();
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toContain(pathToFileURL(join(root, inGerman.page, 'index.html')).href);
    expect(hrefs.filter((h) => !h.startsWith(germanRoot))).toEqual([]);

    // The German result opens its page, on disk.
    await links.first().click();
    await page.waitForURL((u) => u.href.startsWith(germanRoot));
    await expect(page.locator('html')).toHaveAttribute('lang', GERMAN);

    await page.goto(pathToFileURL(join(root, GERMAN, 'index.html')).href);
    const none = await search(page, deSite.searchLabel, inEnglish.word, deSite.searchNone(inEnglish.word));
    await expect(none.getByRole('link')).toHaveCount(0);
  });
});

test.describe('every German page offline', () => {
  /** The files of the build's German pages, "de/index.html", "de/404.html". */
  const germanFiles = (dist: string) =>
    pagesOf(dist)
      .filter((p) => p.startsWith(`${GERMAN}/`))
      .map((p) => (p.endsWith('/') ? `${p}index.html` : p));

  test('the offline zip holds every German page, and the service worker precaches it', async ({}, info) => {
    const dist = distOf(info);
    const files = germanFiles(dist);
    expect(files).toContain(`${GERMAN}/index.html`);
    expect(files).toContain(`${GERMAN}/404.html`);

    const zipped = Object.keys(unzipSync(readFileSync(join(dist, offline.zipPath))));
    const inZip = new Set(zipped.map((n) => n.slice(offline.zipFolder.length + 1)));
    expect(files.filter((f) => !inZip.has(f))).toEqual([]);

    // Workbox writes its precache list into sw.js as {url:"…",revision:…} entries, relative to the worker.
    const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
    const precached = new Set([...worker.matchAll(/\burl:"([^"]+)"/g)].map((m) => m[1]));
    expect(files.filter((f) => !precached.has(f))).toEqual([]);
  });
});

test.describe('not-found pages', () => {
  test('a missing German address gets the German 404 page, any other the English one @smoke', async ({ request }) => {
    for (const [path, lang] of [
      [`${GERMAN}/missing/`, GERMAN],
      [`${GERMAN}/chapters/missing/`, GERMAN],
      ['missing/', 'en'],
      ['chapters/missing/', 'en'],
    ] as const) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).toMatch(new RegExp(`<html lang="${lang}"`));
    }
  });
});
