// Pages in two languages rendered at the same moment by one server process: each page must speak only
// its own language. Under the old design (string tables filled in place with "the page's language"),
// 2 of 40 English responses from `astro dev` came back with German chrome; the language is now an
// argument of every read, so none may.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { site as deSite } from '../../src/i18n/de/site';
import { site as enSite } from '../../src/i18n/en/site';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const PORT = Number(process.env['E2E_PORT'] ?? 4321) + 40;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const ROUNDS = 10;

/** Pairs of the same page in English and in German. */
const PAIRS = [
  ['/board/', '/de/board/'],
  ['/chapters/anxiety-gap/', '/de/chapters/anxiety-gap/'],
] as const;

/** Resolves once the dev server answers, or fails after `ms`. */
async function ready(server: ChildProcess, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`astro dev exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${ORIGIN}/`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`astro dev did not answer within ${ms} ms`);
}

/** What a page's chrome says about its language: its lang attribute and its skip link. */
function chromeOf(html: string) {
  return {
    lang: html.match(/<html[^>]*\blang="([^"]+)"/)?.[1],
    english: html.includes(enSite.skipLink),
    german: html.includes(deSite.skipLink),
  };
}

test('an English and a German page rendered at the same moment each speak only their own language', async () => {
  test.setTimeout(180_000);
  const server = spawn(process.execPath, [ASTRO, 'dev', '--host', '127.0.0.1', '--port', String(PORT)], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  try {
    await ready(server, 90_000);
    // The first request of each page compiles it; after that, requests are rendered side by side.
    for (const pair of PAIRS) for (const path of pair) expect((await fetch(`${ORIGIN}${path}`)).ok).toBe(true);
    const wrong: string[] = [];
    let checked = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const requests = PAIRS.flatMap(([en, de]) => [
        [en, 'en'],
        [de, 'de'],
      ]);
      const pages = await Promise.all(
        requests.map(async ([path, lang]) => ({ path, lang, html: await (await fetch(`${ORIGIN}${path}`)).text() })),
      );
      for (const { path, lang, html } of pages) {
        const chrome = chromeOf(html);
        checked++;
        const right =
          chrome.lang === lang && (lang === 'en' ? chrome.english && !chrome.german : chrome.german && !chrome.english);
        if (!right) wrong.push(`${path} (round ${round}): ${JSON.stringify(chrome)}`);
      }
    }
    expect(checked).toBe(ROUNDS * PAIRS.length * 2);
    expect(wrong, 'pages whose chrome is in another language').toEqual([]);
  } finally {
    server.kill();
  }
});
