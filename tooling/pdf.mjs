#!/usr/bin/env node
// `npm run pdf`: prints the book edition (/book/, /de/book/ …) of a built site to PDF, one per
// language, with the Chromium the tests use (tooling/lib/chromium.mjs; `node tooling/ensure-browser.mjs`
// finds or installs it). It serves the build (tooling/serve.mjs), opens each book page laid out in pages
// by Paged.js (?paged), prints it with Playwright's page.pdf (the paper size from the book's CSS, an
// outline from its headings, a tagged PDF), then sets the PDF's title and language with pdf-lib and
// writes dist/downloads/cx-spectrum-<lang>.pdf, beside the offline zip.
// Usage: node tooling/pdf.mjs [--dir dist] [--base /] [--port 4390] [--size a4|letter]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium.mjs';
import { restoreOutlineTitles } from './lib/pdf-outline.mjs';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env.OUT_DIR ?? 'dist' },
    base: { type: 'string', default: process.env.SITE_BASE ?? '/' },
    port: { type: 'string', default: process.env.PDF_PORT ?? '4390' },
    size: { type: 'string', default: 'a4' },
  },
});
const root = fileURLToPath(new URL('..', import.meta.url));
const dist = resolve(values.dir);
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
const size = values.size === 'letter' ? 'letter' : 'a4';
const origin = `http://localhost:${values.port}`;
const say = (line) => console.log(`pdf: ${line}`);

/** The languages with a book page in the build, the default (at the root) first. */
function bookLanguages() {
  const found = [];
  if (existsSync(join(dist, 'book/index.html'))) found.push({ lang: 'en', path: 'book/' });
  for (const lang of ['de']) {
    if (existsSync(join(dist, lang, 'book/index.html'))) found.push({ lang, path: `${lang}/book/` });
  }
  return found;
}

/** Starts tooling/serve.mjs on the build and waits until it answers. */
async function serve() {
  const server = spawn(
    process.execPath,
    [join(root, 'tooling/serve.mjs'), '--dir', dist, '--base', base, '--port', values.port],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    try {
      const response = await fetch(`${origin}${base}`);
      if (response.ok) return server;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`tooling/serve.mjs did not answer on ${origin}${base} within 30 s.`);
}

const books = bookLanguages();
if (books.length === 0) {
  console.error(`pdf: ${dist} has no book page (book/index.html). Run npm run build first.`);
  process.exit(1);
}
const started = performance.now();
const server = await serve();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  for (const { lang, path } of books) {
    const t = performance.now();
    const page = await browser.newPage();
    // Laid out as it will print: the print rules of the site's sheets apply while Paged.js measures.
    await page.emulateMedia({ media: 'print' });
    page.on('pageerror', (e) => say(`${lang}: page error: ${e.message}`));
    await page.goto(`${origin}${base}${path}?paged&size=${size}`);
    const state = await page.waitForFunction(
      () => document.documentElement.dataset['bookPages'] ?? document.documentElement.dataset['bookFailed'],
      null,
      { timeout: 10 * 60_000 },
    );
    const pages = await page.evaluate(() => document.documentElement.dataset['bookPages']);
    if (!pages) throw new Error(`${lang}: Paged.js could not lay the book out (${await state.jsonValue()}).`);
    const title = await page.evaluate(() =>
      [document.querySelector('#book-title'), document.querySelector('.cx-book__subtitle')]
        .map((el) => el?.textContent?.trim() ?? '')
        .filter(Boolean)
        .join(': '),
    );
    // The bar above the pages (print, back to the book) is for the screen.
    await page.evaluate(() => document.querySelector('.cx-book-bar')?.remove());
    const headings = await page.evaluate(() =>
      [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) =>
        (h.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ),
    );
    const printed = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
    await page.close();
    const pdf = await PDFDocument.load(printed);
    restoreOutlineTitles(pdf, headings);
    pdf.setTitle(title, { showInWindowTitleBar: true });
    pdf.setLanguage(lang);
    pdf.setCreator('CX Spectrum (npm run pdf: Paged.js, Chromium, pdf-lib)');
    const bytes = await pdf.save();
    const file = join(dist, 'downloads', `cx-spectrum-${lang}.pdf`);
    mkdirSync(join(dist, 'downloads'), { recursive: true });
    writeFileSync(file, bytes);
    const seconds = ((performance.now() - t) / 1000).toFixed(1);
    say(`${file}: ${pdf.getPageCount()} pages (${size}), ${(bytes.length / 1e6).toFixed(2)} MB, in ${seconds} s.`);
  }
} finally {
  await browser.close();
  server.kill();
}
// The pages that offer the PDF (home, offline use, the book) show its link now that it exists.
const shown = [];
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
  const file = join(entry.parentPath, entry.name);
  const html = readFileSync(file, 'utf8');
  if (!html.includes('hidden data-book-file="pdf"')) continue;
  writeFileSync(file, html.replaceAll('hidden data-book-file="pdf"', 'data-book-file="pdf"'));
  shown.push(file);
}
say(`the PDF's link shown in ${shown.length} pages.`);
say(`done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
