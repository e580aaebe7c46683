import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '/work/wt-book/tooling/lib/chromium.mjs';
const b = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const p = await b.newPage();
await p.goto(`http://localhost:4640/book/?paged`);
await p.waitForFunction(() => document.documentElement.dataset.bookPages, null, { timeout: 200000 });
const info = await p.evaluate(() => [...document.querySelectorAll('.pagedjs_page_content')].map((c, i) => {
  const box = c.getBoundingClientRect();
  const w = document.createTreeWalker(c, NodeFilter.SHOW_TEXT);
  const out = [];
  while (w.nextNode()) { const n = w.currentNode; if (!n.textContent.trim()) continue; const r = document.createRange(); r.selectNodeContents(n); for (const rect of r.getClientRects()) { if (rect.right > box.right + 2 || rect.bottom > box.bottom + 2) { out.push(n.textContent.slice(0, 50)); break; } } }
  return out.length ? [i + 1, out.slice(0, 3)] : null;
}).filter(Boolean));
console.log(JSON.stringify(info));
await p.locator('.pagedjs_page').nth(4).screenshot({ path: '/tmp/p5.png' });
await b.close();
