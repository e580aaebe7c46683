import { chromium } from '@playwright/test';
const [,, url, sel='main'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--no-first-run'] });
const p = await b.newPage();
p.on('console', m => console.log('CONSOLE', m.type(), m.text()));
await p.goto(url); await p.waitForLoadState('networkidle');
await p.locator(sel).first().scrollIntoViewIfNeeded(); await p.waitForTimeout(1500);
console.log(await p.locator(sel).first().ariaSnapshot());
await b.close();
