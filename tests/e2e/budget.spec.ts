import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { distOf, htmlOf, pagesOf } from './support/site';

const KB = 1024;
const JS_BEFORE_ACTION = 2 * KB;
const TOTAL = 50 * KB;

/** Chapter pages that embed no tool: they must stay light. */
const plainChapters = pagesOf('dist').filter(
  (p) => p.startsWith('chapters/') && !htmlOf('dist', p).includes('<astro-island'),
);

test('there are chapters without a tool to hold to the budget', () => {
  expect(plainChapters.length).toBeGreaterThan(0);
});

for (const path of plainChapters) {
  test(`${path}: at most 2 KB of JavaScript before the reader acts, 50 KB in all (gzip)`, async ({ page }, info) => {
    expect(htmlOf(distOf(info), path)).not.toContain('<astro-island');
    const bytes = { js: 0, css: 0, html: 0 };
    const pending: Promise<void>[] = [];
    page.on('response', (r) => {
      const type = r.request().resourceType();
      const kind = type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : type === 'document' ? 'html' : null;
      if (!kind) return;
      pending.push(
        r.body().then((b) => {
          bytes[kind] += gzipSync(b, { level: 9 }).length;
        }),
      );
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await page.mouse.move(5, 5); // hovering is not acting
    await page.waitForTimeout(200);
    await Promise.all(pending);
    expect(bytes.js).toBeGreaterThan(0);
    expect(bytes.js).toBeLessThanOrEqual(JS_BEFORE_ACTION);
    expect(bytes.js + bytes.css + bytes.html).toBeLessThanOrEqual(TOTAL);
  });
}
