import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '/work/wt-book/tooling/lib/chromium.mjs';
const b = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const p = await b.newPage();
const t = Date.now();
await p.goto(`http://localhost:4640/book/?paged`);
await p.waitForFunction(() => document.documentElement.dataset.bookPages, null, { timeout: 200000 });
console.log((Date.now() - t) / 1000);
const info = await p.evaluate(() => [...document.querySelectorAll('.pagedjs_page_content')].map((c, i) => {
  if (!(c.scrollHeight > c.clientHeight + 1 || c.scrollWidth > c.clientWidth + 1)) return null;
  const box = c.getBoundingClientRect();
  const out = [...c.querySelectorAll('*')].filter((e) => { const r = e.getBoundingClientRect(); return r.bottom > box.bottom + 1 || r.right > box.right + 1; }).filter((e) => ![...e.children].some((k) => k.getBoundingClientRect().right > box.right + 1)).slice(0, 4).map((e) => e.tagName + '.' + e.className + '|' + (e.textContent||'').slice(0,40) + '|' + getComputedStyle(e).width + ' ' + Math.round(e.getBoundingClientRect().right - box.right) + ' ' + Math.round(e.getBoundingClientRect().bottom - box.bottom));
  return [i + 1, c.scrollHeight, c.clientHeight, c.scrollWidth, c.clientWidth, out];
}).filter(Boolean).slice(0, 12));
console.log(JSON.stringify(info));
await b.close();
