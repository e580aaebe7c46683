import { expect, type Page, test } from '@playwright/test';
import { sourceChapters } from './support/book';

// The book edition laid out by Paged.js (src/features/book/): the English book in A4, then in Letter.
// Axe, the policy, links and errors on the unpaged page are pages.spec.ts's, which checks every page.

/** Pages the English book may have in either size: 8 chapters of 1,200–2,000 words, each starting on a right-hand page, with the glossary and sources (A4 69, Letter 72 measured). */
const PAGES = { min: 50, max: 100 };
/** Each paper size's page box in CSS pixels (96 per inch): A4 210 × 297 mm, Letter 8.5 × 11 in. */
const PAPER = { a4: { width: 793.7, height: 1122.5 }, letter: { width: 816, height: 1056 } } as const;

/**
 * Lays the English book out in `size` (the address's ?paged and ?size) and reads back its pages: their
 * count and box, each contents entry's page number beside the page its target starts on, and any text
 * past its page's text block.
 */
async function layOut(page: Page, size: keyof typeof PAPER) {
  await page.goto(`book/?paged&size=${size}`);
  await page.waitForFunction(
    () => document.documentElement.dataset['bookPages'] ?? document.documentElement.dataset['bookFailed'],
    null,
    { timeout: 220_000 },
  );
  expect(await page.evaluate(() => document.documentElement.dataset['bookFailed'])).toBeUndefined();
  return page.evaluate(() => {
    const pages = [...document.querySelectorAll<HTMLElement>('.pagedjs_page')];
    const box = pages[0]?.getBoundingClientRect();
    const toc = [...document.querySelectorAll<HTMLAnchorElement>('.pagedjs_pages a[data-book-toc]')].map((a) => {
      const target = document.querySelector(`.pagedjs_pages ${a.getAttribute('href')}`);
      const page = target?.closest<HTMLElement>('.pagedjs_page');
      // Paged.js writes the target's page number as this counter's value (target-counter).
      const shown = /(\d+)\s*$/.exec(getComputedStyle(a, '::after').counterReset)?.[1];
      return { title: a.textContent?.trim() ?? '', shown: Number(shown), starts: Number(page?.dataset['pageNumber']) };
    });
    // Text that lies outside its page's text block was cut off by the layout.
    const past: string[] = [];
    for (const [i, content] of document.querySelectorAll('.pagedjs_page_content').entries()) {
      const box = content.getBoundingClientRect();
      const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode;
        if (!node.textContent?.trim()) continue;
        // Text for screen readers only (a 1-pixel box) is drawn nowhere.
        const holder = node.parentElement?.getBoundingClientRect();
        if (holder && (holder.width <= 1 || holder.height <= 1)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const out = [...range.getClientRects()].some((r) => r.right > box.right + 2 || r.bottom > box.bottom + 2);
        if (out) past.push(`page ${i + 1}: ${node.textContent.trim().slice(0, 40)}`);
      }
    }
    return { count: pages.length, width: box?.width ?? 0, height: box?.height ?? 0, toc, past };
  });
}

/** What holds in every size: the page box, the page count, contents against chapter starts, nothing past a page. */
function expectBook(laidOut: Awaited<ReturnType<typeof layOut>>, size: keyof typeof PAPER): void {
  const chapters = sourceChapters('en');
  expect(chapters).toHaveLength(8);
  expect(laidOut.width).toBeCloseTo(PAPER[size].width, 0);
  expect(laidOut.height).toBeCloseTo(PAPER[size].height, 0);
  expect(laidOut.count).toBeGreaterThanOrEqual(PAGES.min);
  expect(laidOut.count).toBeLessThanOrEqual(PAGES.max);
  expect(laidOut.toc.map((e) => e.title).slice(0, chapters.length)).toEqual(chapters.map((c) => c.title));
  for (const [i, entry] of laidOut.toc.entries()) {
    expect(entry.shown, entry.title).toBe(entry.starts);
    // Every chapter starts on a right-hand (odd) page.
    if (i < chapters.length) expect(entry.starts % 2, entry.title).toBe(1);
  }
  expect(laidOut.past).toEqual([]);
}

test('the book in pages: page count, contents with page numbers, running heads, nothing past a page', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const laidOut = await layOut(page, 'a4');
  expectBook(laidOut, 'a4');
  // The running head on a chapter's second page is the chapter's title (string-set, drawn as ::after).
  const second = laidOut.toc[1];
  if (!second) throw new Error('no second chapter');
  const head = await page.evaluate((n) => {
    const box = document
      .querySelectorAll('.pagedjs_page')
      [n]?.querySelector('.pagedjs_margin-top-center .pagedjs_margin-content');
    return box ? getComputedStyle(box, '::after').content : '';
  }, second.starts);
  expect(head).toBe(JSON.stringify(second.title));
});

test('the book in Letter pages: page box, page count, contents with page numbers, nothing past a page', async ({
  page,
}) => {
  test.setTimeout(240_000);
  expectBook(await layOut(page, 'letter'), 'letter');
});
