import { spawn } from 'node:child_process';
import { mkdtempSync, realpathSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserCandidates, findBrowser, installPlans } from '../../tooling/lib/browser.mjs';

const PW = '/home/a/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';

describe('finding a browser', () => {
  it('looks at CHROMIUM_PATH, then each name on the PATH, then Playwright’s download', () => {
    const list = browserCandidates({ env: { CHROMIUM_PATH: '/opt/c/chrome', PATH: '/a:/b' }, playwrightPath: PW });
    expect(list.map((c) => c.path)).toEqual([
      '/opt/c/chrome',
      '/a/chromium',
      '/b/chromium',
      '/a/chromium-browser',
      '/b/chromium-browser',
      '/a/google-chrome',
      '/b/google-chrome',
      '/a/google-chrome-stable',
      '/b/google-chrome-stable',
      PW,
    ]);
  });

  it.each([
    [['/opt/c/chrome', '/b/chromium'], '/opt/c/chrome', 'CHROMIUM_PATH', 0],
    [['/b/google-chrome', '/a/chromium-browser'], '/a/chromium-browser', 'system', 1],
    [[PW], PW, 'playwright', 1],
    [[], null, null, 1],
  ])('with %j present, picks %s', (present, path, source, noteCount) => {
    const files = new Set(present);
    const { browser, notes } = findBrowser({
      env: { CHROMIUM_PATH: '/opt/c/chrome', PATH: '/a:/b' },
      exists: (p) => files.has(p),
      playwrightPath: PW,
    });
    expect(browser?.path ?? null).toBe(path);
    expect(browser?.source ?? null).toBe(source);
    expect(notes).toHaveLength(noteCount);
  });

  it('finds nothing with an empty PATH and no Playwright download', () => {
    expect(findBrowser({ env: {}, exists: () => true }).browser).toBeNull();
  });
});

describe('installing a browser', () => {
  it.each([
    [{ isRoot: true, osId: 'debian', hasApt: true, allowed: true }, ['apt', 'playwright']],
    [{ isRoot: true, osId: 'ubuntu', hasApt: true, allowed: true }, ['playwright', 'apt']],
    [{ isRoot: false, osId: 'debian', hasApt: true, allowed: true }, ['playwright']],
    [{ isRoot: true, osId: 'fedora', hasApt: false, allowed: true }, ['playwright']],
    [{ isRoot: true, osId: 'debian', hasApt: false, allowed: true }, ['playwright']],
    [{ isRoot: true, osId: 'debian', hasApt: true, allowed: false }, []],
  ])('on %j tries %j', (machine, ids) => {
    expect(installPlans(machine).map((p) => p.id)).toEqual(ids);
  });
});

/** Runs a command and reports how it ended, its output, and how long it took. */
function timed(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string) {
  return new Promise<{ code: number | null; out: string; ms: number }>((done) => {
    const started = Date.now();
    const child = spawn(command, args, { env, cwd });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', (code) => {
      clearTimeout(killer);
      done({ code, out, ms: Date.now() - started });
    });
  });
}

/** A PATH with node, npm and sh only: no browser, no apt-get, as on a bare machine. */
function barePath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cx-bare-'));
  const which = (name: string) =>
    (process.env['PATH'] ?? '')
      .split(':')
      .map((d) => join(d, name))
      .find((p) => {
        try {
          return Boolean(realpathSync(p));
        } catch {
          return false;
        }
      });
  for (const name of ['node', 'npm', 'sh']) {
    const found = which(name);
    if (found) symlinkSync(realpathSync(found), join(dir, name));
  }
  return dir;
}

// Guards against a step that wrongly passes: npm test would run this file again.
describe.skipIf(process.env['CX_ENSURE_BROWSER_TEST'])('npm test on a machine without a browser', () => {
  it('stops within seconds with what to run, before building', async () => {
    const root = join(import.meta.dirname, '..', '..');
    const env = {
      PATH: barePath(),
      HOME: mkdtempSync(join(tmpdir(), 'cx-home-')),
      CHROMIUM_PATH: '/nowhere/chrome',
      PLAYWRIGHT_BROWSERS_PATH: mkdtempSync(join(tmpdir(), 'cx-pw-')),
      CX_BROWSER_INSTALL: '0',
      CX_ENSURE_BROWSER_TEST: '1',
    };
    const { code, out, ms } = await timed('npm', ['test'], env, root);
    expect(code).not.toBe(0);
    expect(ms).toBeLessThan(20_000);
    expect(out).toContain('CHROMIUM_PATH is set to /nowhere/chrome, but no file is there.');
    expect(out).toContain('npx playwright install chromium');
    expect(out).toContain('apt-get install -y chromium');
    // Nothing after the first step ran: npm names each script it starts ("> cx-spectrum@0.1.0 build").
    expect(out).toMatch(/^> \S+ test$/m);
    expect(out).not.toMatch(/^> \S+ (test:unit|build|build:base|test:e2e)$/m);
  }, 30_000);
});
