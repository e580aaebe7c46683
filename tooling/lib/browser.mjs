// Where the browser tests find a Chromium or Chrome, and what to run when there is none.
// Shared by tooling/ensure-browser.mjs (the first step of `npm test`) and tooling/lib/chromium.mjs (what the
// Playwright config and the icon renderer launch), so that the step and the tests always agree on the browser.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Program names of Chromium and Chrome, looked up on the PATH in this order. */
export const SYSTEM_BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/**
 * @typedef {{ path: string, source: 'CHROMIUM_PATH' | 'system' | 'playwright' }} Browser
 * @typedef {{ env: Record<string, string | undefined>, exists?: (path: string) => boolean, playwrightPath?: string }} Where
 */

/**
 * Every place a browser may be, in order of preference: CHROMIUM_PATH, each program name in each
 * PATH directory, then Playwright's own download (its cache path, whether or not it is there).
 * @param {Where} where
 * @returns {Browser[]}
 */
export function browserCandidates({ env, playwrightPath }) {
  /** @type {Browser[]} */
  const list = [];
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) list.push({ path: fromEnv, source: 'CHROMIUM_PATH' });
  const dirs = (env['PATH'] ?? '').split(delimiter).filter(Boolean);
  for (const name of SYSTEM_BROWSERS) {
    for (const dir of dirs) list.push({ path: join(dir, name), source: 'system' });
  }
  if (playwrightPath) list.push({ path: playwrightPath, source: 'playwright' });
  return list;
}

/**
 * The first candidate that exists, and a note when CHROMIUM_PATH names a missing file (it is then
 * passed over, so that the step can still find or install another browser).
 * @param {Where} where
 * @returns {{ browser: Browser | null, notes: string[] }}
 */
export function findBrowser(where) {
  const exists = where.exists ?? existsSync;
  const notes = [];
  const fromEnv = where.env['CHROMIUM_PATH'];
  if (fromEnv && !exists(fromEnv)) notes.push(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  const browser = browserCandidates(where).find((c) => exists(c.path)) ?? null;
  return { browser, notes };
}

/**
 * @typedef {{ id: 'playwright' | 'apt', command: string[] }} Install
 */

/**
 * The ways to install a browser on this machine, in the order to try them. Playwright downloads its
 * own Chromium wherever downloads work; as root on Debian or Ubuntu the distribution's package works
 * too, and on Debian it is tried first (Ubuntu's package is only a pointer to a snap).
 * @param {{ isRoot: boolean, osId: string, hasApt: boolean, allowed: boolean }} machine
 * @returns {Install[]}
 */
export function installPlans({ isRoot, osId, hasApt, allowed }) {
  if (!allowed) return [];
  /** @type {Install} */
  const playwright = { id: 'playwright', command: ['npx', 'playwright', 'install', 'chromium'] };
  /** @type {Install} */
  const apt = { id: 'apt', command: ['apt-get', 'install', '-y', '-q', 'chromium'] };
  const aptWorks = isRoot && hasApt && /^(debian|ubuntu)$/.test(osId);
  if (!aptWorks) return [playwright];
  return osId === 'debian' ? [apt, playwright] : [playwright, apt];
}

/** The one message `npm test` ends with when no browser can be found or installed. */
export function noBrowserMessage() {
  return [
    'No Chromium or Chrome found for the browser tests, and none could be installed.',
    'Run one of these, then `npm test` again:',
    '  npx playwright install chromium            (downloads Playwright’s Chromium)',
    '  sudo apt-get install -y chromium           (Debian; on other systems, your package manager’s chromium)',
    '  export CHROMIUM_PATH=/path/to/chrome       (use a Chromium or Chrome you already have)',
  ].join('\n');
}
