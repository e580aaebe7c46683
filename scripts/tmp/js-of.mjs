import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
const url = process.argv[2];
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const p = await b.newPage();
const sizes = [];
const pend = [];
p.on('response', (r) => { if (r.request().resourceType() === 'script') pend.push(r.body().then((x) => sizes.push([r.url().replace(/^.*\//, ''), x.length, gzipSync(x, { level: 9 }).length]))); });
await p.goto(url); await p.waitForLoadState('networkidle'); await p.focus('body').catch(() => {}); await p.waitForTimeout(500);
await Promise.all(pend);
sizes.sort((a, b) => b[2] - a[2]);
let t = 0; for (const s of sizes) { t += s[2]; console.log(s.join('\t')); }
console.log('total gzip', t);
await b.close();
