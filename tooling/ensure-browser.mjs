#!/usr/bin/env node
// The first step of `npm test`: finds a Chromium or Chrome for the browser tests, installs one when
// there is none, or stops at once with what to run. It looks where the Playwright config looks
// (tooling/lib/browser.mjs): CHROMIUM_PATH, chromium / chromium-browser / google-chrome on the PATH,
// then Playwright's own download. Set CX_BROWSER_INSTALL=0 to forbid installing anything.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { findBrowser, installPlans, noBrowserMessage } from './lib/browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const say = (line) => console.log(`browser: ${line}`);

/** Looks for a browser and says where it found one. */
function look() {
  const { browser, notes } = findBrowser({ env: process.env, playwrightPath: chromium.executablePath() });
  return { browser, notes };
}

/** The distribution's id from /etc/os-release ("debian", "ubuntu", …), or "" elsewhere. */
function osId() {
  try {
    return readFileSync('/etc/os-release', 'utf8').match(/^ID="?([^"\n]*)"?$/m)?.[1] ?? '';
  } catch {
    return '';
  }
}

/** Whether a program is on the PATH. */
function onPath(name) {
  return (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(join(dir, name)));
}

/** Runs an install command in the open, so its progress shows; true when it succeeded. */
function run(command) {
  say(`installing: ${command.join(' ')}`);
  const [program = '', ...args] = command;
  const resolved = program === 'npx' ? join(root, 'node_modules', '.bin', args.shift() ?? '') : program;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const result = spawnSync(resolved, args, { stdio: 'inherit', timeout: 15 * 60_000, cwd: root, env });
  return result.status === 0;
}

/** Whether the browser starts at all (a wrapper without its browser fails here, not in the tests). */
function starts(path) {
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  if (result.status === 0) say(`using ${path} (${result.stdout.trim()})`);
  return result.status === 0;
}

let { browser, notes } = look();
for (const note of notes) say(note);
if (!browser) {
  const plans = installPlans({
    isRoot: process.getuid?.() === 0,
    osId: osId(),
    hasApt: onPath('apt-get'),
    allowed: process.env.CX_BROWSER_INSTALL !== '0',
  });
  for (const plan of plans) {
    if (plan.id === 'apt') spawnSync('apt-get', ['update', '-q'], { stdio: 'inherit' });
    if (run(plan.command)) browser = look().browser;
    if (browser) break;
  }
}
if (!browser) {
  console.error(noBrowserMessage());
  process.exit(1);
}
if (!starts(browser.path)) {
  console.error(`browser: ${browser.path} (from ${browser.source}) does not start.\n${noBrowserMessage()}`);
  process.exit(1);
}
