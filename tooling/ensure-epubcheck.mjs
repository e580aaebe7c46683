#!/usr/bin/env node
import { Buffer } from 'node:buffer';
// A step of `npm test`, as tooling/ensure-browser.mjs is for the browser: finds EPUBCheck (the W3C's
// EPUB validator; Debian's `epubcheck` package puts an `epubcheck` command on the PATH), installs the
// package with apt when running as root on Debian or Ubuntu, or stops at once saying why. Set
// EPUBCHECK to a command to use another copy; CX_EPUBCHECK_INSTALL=0 forbids installing anything.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';

const say = (line) => console.log(`epubcheck: ${line}`);

/** Where a program is on the PATH, or undefined. */
function onPath(name) {
  const dir = (process.env.PATH ?? '').split(':').find((d) => d && existsSync(join(d, name)));
  return dir === undefined ? undefined : join(dir, name);
}

/** Whether a file is a zip (Debian's /usr/bin/epubcheck is the jar itself, run by binfmt when set up). */
function isJar(path) {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(2);
    readSync(fd, head, 0, 2, 0);
    return head.toString('latin1') === 'PK';
  } finally {
    closeSync(fd);
  }
}

/** The distribution's id from /etc/os-release ("debian", "ubuntu", …), or "" elsewhere. */
function osId() {
  try {
    return readFileSync('/etc/os-release', 'utf8').match(/^ID="?([^"\n]*)"?$/m)?.[1] ?? '';
  } catch {
    return '';
  }
}

/**
 * The EPUBCheck command to run, as program and arguments: EPUBCHECK, else `epubcheck` on the PATH (a
 * jar, as Debian's is, runs with `java -jar`), else undefined.
 * @returns {string[] | undefined}
 */
export function epubcheckCommand(env = process.env) {
  if (env.EPUBCHECK) return env.EPUBCHECK.split(' ');
  const path = onPath('epubcheck');
  if (!path) return undefined;
  return isJar(path) ? ['java', '-jar', path] : [path];
}

/** Its version line, or undefined when it does not run. */
function version(command) {
  const [program = '', ...args] = command;
  const result = spawnSync(program, [...args, '--version'], { encoding: 'utf8', timeout: 120_000 });
  const line = `${result.stdout ?? ''}${result.stderr ?? ''}`.split('\n').find((l) => /^EPUBCheck v/i.test(l));
  // 4.2.6 prints its version, then exits with 1 as no file was given.
  return line ? line.trim() : undefined;
}

/** Why it cannot be installed here, or undefined when apt can. */
function cannotInstall() {
  if (process.env.CX_EPUBCHECK_INSTALL === '0') return 'CX_EPUBCHECK_INSTALL=0 forbids installing it';
  if (process.getuid?.() !== 0) return 'installing it needs root (run: sudo apt-get install epubcheck)';
  if (!['debian', 'ubuntu'].includes(osId()) || onPath('apt-get') === undefined)
    return 'this is no Debian or Ubuntu with apt-get (install EPUBCheck and set EPUBCHECK to its command)';
  return undefined;
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  let command = epubcheckCommand();
  if (!command) {
    const why = cannotInstall();
    if (why) {
      console.error(`epubcheck: not found, and ${why}. The EPUB tests need it.`);
      process.exit(1);
    }
    say('installing: apt-get install -y --no-install-recommends epubcheck');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
    const result = spawnSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'epubcheck'], {
      stdio: 'inherit',
      env,
      timeout: 15 * 60_000,
    });
    command = result.status === 0 ? epubcheckCommand() : undefined;
    if (!command) {
      console.error('epubcheck: apt-get could not install the epubcheck package. The EPUB tests need it.');
      process.exit(1);
    }
  }
  const found = version(command);
  if (!found) {
    console.error(`epubcheck: ${command.join(' ')} does not run (is Java installed?). The EPUB tests need it.`);
    process.exit(1);
  }
  say(`using ${command.join(' ')} (${found})`);
}
