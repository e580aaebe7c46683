#!/usr/bin/env node
// Renders the web manifest's PNG icons from their SVG sources with headless Chromium.
// Run once after changing public/icons/*.svg: npm run icons ; commit the PNGs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium.mjs';

const icons = join(fileURLToPath(new URL('../', import.meta.url)), 'public', 'icons');
const RENDERS = [
  { from: 'icon.svg', to: 'icon-192.png', size: 192 },
  { from: 'icon.svg', to: 'icon-512.png', size: 512 },
  { from: 'maskable.svg', to: 'maskable-192.png', size: 192 },
  { from: 'maskable.svg', to: 'maskable-512.png', size: 512 },
];

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ deviceScaleFactor: 1 });
for (const { from, to, size } of RENDERS) {
  const svg = readFileSync(join(icons, from), 'base64');
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0"><img src="data:image/svg+xml;base64,${svg}" width="${size}" height="${size}"></body></html>`,
  );
  await page.locator('img').evaluate((img) => (img instanceof HTMLImageElement ? img.decode() : undefined));
  await page.screenshot({
    path: join(icons, to),
    omitBackground: true,
    clip: { x: 0, y: 0, width: size, height: size },
  });
  console.log(`public/icons/${to}`);
}
await browser.close();
