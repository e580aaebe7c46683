import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { parse } from 'parse5';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { epubcheckCommand } from '../../tooling/ensure-epubcheck.mjs';
import { sourceChapters, squeezed } from './support/book';
import { distOf } from './support/site';

// The book's files: the PDFs `npm run pdf` prints (made here once, when the build is newer than them)
// and the EPUBs the build writes. Root build only.

const LANGS = ['en', 'de'] as const;
/** Pages each A4 PDF may have (69 English and 78 German measured at issue 23's close). */
const PAGES = { min: 50, max: 100 };
/** Chapter 4's lead, as its source file has it: the first text on the chapter's first page. */
const CHAPTER_4 = {
  en: 'Why customers worry between the decision to buy and the moment of value',
  de: 'Warum Kunden zwischen Kaufentscheidung und Wertmoment zweifeln',
};

const pdfOf = (dist: string, lang: string) => join(dist, 'downloads', `cx-spectrum-${lang}.pdf`);
const epubOf = (dist: string, lang: string) => join(dist, 'downloads', `cx-spectrum-${lang}.epub`);

/** The text of a PDF page, its pieces joined. */
async function pageText(pdf: PDFDocumentProxy, n: number): Promise<string> {
  const page = await pdf.getPage(n);
  const content = await page.getTextContent();
  return content.items.map((i) => ('str' in i ? i.str : '')).join(' ');
}

test.describe('the book as files', () => {
  test.describe.configure({ mode: 'serial' });

  test('npm run pdf: both PDFs with their pages, title, language, one bookmark per chapter, and the contents right', async ({}, info) => {
    test.setTimeout(600_000);
    const dist = distOf(info);
    // The EPUB is the build's (npm run pdf changes the book page, not the EPUB).
    const built = statSync(epubOf(dist, 'en')).mtimeMs;
    if (LANGS.some((l) => !existsSync(pdfOf(dist, l)) || statSync(pdfOf(dist, l)).mtimeMs < built)) {
      const port = String(Number(process.env['E2E_PORT'] ?? 4321) + 2);
      execFileSync(process.execPath, ['tooling/pdf.mjs', '--dir', dist, '--port', port], { stdio: 'inherit' });
    }
    for (const lang of LANGS) {
      const task = getDocument({ data: new Uint8Array(readFileSync(pdfOf(dist, lang))) });
      const pdf = await task.promise;
      expect(pdf.numPages, lang).toBeGreaterThanOrEqual(PAGES.min);
      expect(pdf.numPages, lang).toBeLessThanOrEqual(PAGES.max);
      const { info: meta } = (await pdf.getMetadata()) as { info: Record<string, unknown> };
      expect(meta['Title'], lang).toMatch(/^CX Spectrum: /);
      expect(meta['Language'], lang).toBe(lang);
      const chapters = sourceChapters(lang);
      // Whole titles, spaces included: Chromium drops the space where a heading wraps, and pdf.mjs puts it back.
      const outline = ((await pdf.getOutline()) ?? []).map((o) => o.title.replace(/\s+/g, ' ').trim());
      for (const c of chapters) expect(outline, `${lang}: bookmark for ${c.title}`).toContain(c.title);
      // The contents page gives chapter 4's page; its lead is on that page.
      const fourth = chapters[3];
      if (!fourth) throw new Error('no chapter 4');
      let given: number | undefined;
      // The title, however the line breaks fell, then the page number as a piece of its own.
      const entry = new RegExp(
        `${[...squeezed(fourth.title)].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*')}\\s+(\\d+)\\b`,
      );
      for (let n = 1; n <= 4 && given === undefined; n++) {
        const found = entry.exec(await pageText(pdf, n))?.[1];
        if (found) given = Number(found);
      }
      expect(given, `${lang}: chapter 4 in the contents`).toBeGreaterThan(0);
      expect(squeezed(await pageText(pdf, given ?? 0)), lang).toContain(squeezed(CHAPTER_4[lang]));
      await task.destroy();
    }
  });

  test('EPUBCheck: 0 errors and 0 warnings on both EPUBs', async ({}, info) => {
    test.setTimeout(300_000);
    const command = epubcheckCommand();
    if (!command) throw new Error('EPUBCheck is missing: run node tooling/ensure-epubcheck.mjs');
    const [program = '', ...args] = command;
    const dist = distOf(info);
    const runs = LANGS.map((lang) =>
      promisify(execFile)(program, [...args, epubOf(dist, lang)], { maxBuffer: 10_000_000 }).then(
        (r) => r.stdout + r.stderr,
        (e: { stdout?: string; stderr?: string }) => `${e.stdout ?? ''}${e.stderr ?? ''}`,
      ),
    );
    for (const [i, output] of (await Promise.all(runs)).entries()) {
      expect(output, LANGS[i]).toContain('Messages: 0 fatals / 0 errors / 0 warnings');
    }
  });

  test('each EPUB: the navigation lists every chapter, every internal link resolves', async ({}, info) => {
    const dist = distOf(info);
    for (const lang of LANGS) {
      const files = unzipSync(new Uint8Array(readFileSync(epubOf(dist, lang))));
      const names = Object.keys(files);
      expect(names[0], lang).toBe('mimetype');
      const text = (name: string) => new TextDecoder().decode(files[name]);
      expect(text('mimetype')).toBe('application/epub+zip');
      const opf = text('EPUB/package.opf');
      expect(opf).toContain(`<dc:language>${lang}</dc:language>`);
      const nav = text('EPUB/nav.xhtml');
      for (const c of sourceChapters(lang)) expect(nav, `${lang}: ${c.title}`).toContain(`>${c.title}</a>`);
      // Every id of every content document, then every link between them.
      const ids = new Map<string, Set<string>>();
      const docs = names.filter((n) => n.endsWith('.xhtml'));
      const links: { from: string; href: string }[] = [];
      for (const name of docs) {
        const found = new Set<string>();
        const html = text(name);
        for (const m of html.matchAll(/\sid="([^"]+)"/g)) found.add(m[1] ?? '');
        for (const m of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) links.push({ from: name, href: m[1] ?? '' });
        ids.set(name, found);
        expect(() => parse(html), name).not.toThrow();
      }
      const broken: string[] = [];
      for (const { from, href } of links) {
        if (/^(https?|mailto):/.test(href)) continue;
        const [file = '', fragment] = href.split('#');
        const target = file ? posix.join(posix.dirname(from), file) : from;
        if (!ids.has(target) || (fragment && !ids.get(target)?.has(fragment))) broken.push(`${from} → ${href}`);
      }
      expect(broken, lang).toEqual([]);
      expect(links.length, lang).toBeGreaterThan(20);
    }
  });

  test('the English EPUB opens in epub.js in the browser, showing chapter 1', async ({ browser }, info) => {
    const baseURL = info.project.use.baseURL;
    if (!baseURL) throw new Error('the project names no baseURL');
    const context = await browser.newContext({ bypassCSP: true, baseURL });
    const page = await context.newPage();
    await page.goto('404.html');
    await page.addScriptTag({ path: 'node_modules/jszip/dist/jszip.min.js' });
    await page.addScriptTag({ path: 'node_modules/epubjs/dist/epub.min.js' });
    const first = sourceChapters('en')[0];
    if (!first) throw new Error('no chapter 1');
    const shown = await page.evaluate(async (file) => {
      const view = document.createElement('div');
      view.style.cssText = 'width:600px;height:800px';
      document.body.replaceChildren(view);
      /** The part of epub.js's API used here. */
      interface EpubBook {
        ready: Promise<unknown>;
        navigation: { toc: { label: string }[] };
        renderTo(el: Element, size: { width: number; height: number }): { display(target: string): Promise<unknown> };
      }
      const ePub = (window as unknown as { ePub: (url: string) => EpubBook }).ePub;
      const book = ePub('downloads/cx-spectrum-en.epub');
      await book.ready;
      const rendition = book.renderTo(view, { width: 600, height: 800 });
      await rendition.display(file);
      const frame = view.querySelector('iframe');
      const toc = book.navigation.toc.map((t) => t.label.trim());
      return { h1: frame?.contentDocument?.querySelector('h1')?.textContent?.trim(), toc };
    }, `chapter-${first.id}.xhtml`);
    expect(shown.h1).toBe(first.title);
    expect(shown.toc).toContain(first.title);
    await context.close();
  });
});
