import { chromium } from '@playwright/test';
import { findBrowser, noBrowserMessage } from '../../../scripts/lib/browser.mjs';

/**
 * Finds the Chromium the browser tests drive, where `npm test`'s first step (scripts/ensure-browser.mjs)
 * found or installed it: CHROMIUM_PATH, then Chromium or Chrome on the PATH, then Playwright's own.
 */
export function chromiumPath(): string {
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
