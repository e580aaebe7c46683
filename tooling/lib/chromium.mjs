// The Chromium that the browser tests (playwright.config.ts) and the icon renderer (tooling/icons.mjs)
// drive: found where `npm test`'s first step (tooling/ensure-browser.mjs) found or installed it.
import { chromium } from '@playwright/test';
import { findBrowser, noBrowserMessage } from './browser.mjs';

/**
 * Finds the Chromium to drive, where `npm test`'s first step (tooling/ensure-browser.mjs) found or
 * installed it: CHROMIUM_PATH, then Chromium or Chrome on the PATH, then Playwright's own.
 * @returns {string}
 */
export function chromiumPath() {
  const { browser, notes } = findBrowser({ env: process.env, playwrightPath: chromium.executablePath() });
  if (browser) return browser.path;
  throw new Error([...notes, noBrowserMessage()].join('\n'));
}

/** Flags that keep headless Chromium quiet and offline on a machine with no network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
