// Adding a tool is one model folder (src/lib/<tool>/), one line in src/lib/tools.ts and one UI folder
// (src/components/tools/<id>/). This proves that what the README's "Adding a tool" promises follows from
// them: every registered tool, in every language the build has, has its page and its embed view, both in
// the offline edition, its title in the tool names and its own table of strings.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, type TestInfo, test } from '@playwright/test';
import { TOOL_IDS, type ToolId } from '../../src/lib/tools';
import { unzipEdition } from './offline-helpers';
import { distOf, htmlOf } from './support/site';

const SRC = new URL('../../src/', import.meta.url);
const I18N = new URL('i18n/', SRC);
const TOOLS_UI = new URL('components/tools/', SRC);

/** The languages, as the build finds them: every folder of strings under src/i18n with its meta.ts. */
const LANGS = readdirSync(I18N, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(new URL(`${e.name}/meta.ts`, I18N)))
  .map((e) => e.name)
  .sort();

/** The files every tool's UI folder holds by convention (src/components/tools/registry.ts). */
const UI_FILES = ['Island.astro', 'tool.ts', 'profile.tsx', 'board.tsx'];

/** The language of the site's root, as the build wrote it: the others live under /<code>/. */
function rootLang(dist: string): string {
  const lang = htmlOf(dist, '').match(/<html[^>]*\slang="([^"]+)"/)?.[1];
  if (lang === undefined) throw new Error(`${dist}/index.html names no language`);
  return lang;
}

/** A page's path in `lang`, below the base ("tools/kano/", "de/tools/kano/"). */
function pageIn(dist: string, lang: string, path: string): string {
  return lang === rootLang(dist) ? path : `${lang}/${path}`;
}

/** The text of the page's first <h1>, tags removed. */
function h1Of(html: string): string {
  const inner = html.match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? '';
  return inner
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}

/** A tool's name in `lang`, from that language's tool-names table. */
async function titleIn(lang: string, id: ToolId): Promise<unknown> {
  const mod: { toolNames?: Record<string, { title?: unknown }> } = await import(
    pathToFileURL(join(I18N.pathname, lang, 'tool-names.ts')).href
  );
  return mod.toolNames?.[id]?.title;
}

/** The offline edition of the build under test, unzipped once per worker. */
const unzipped = new Map<string, string>();
test.afterAll(() => {
  for (const root of unzipped.values()) rmSync(dirname(root), { recursive: true, force: true });
  unzipped.clear();
});
function edition(info: TestInfo): string {
  const dist = distOf(info);
  const root = unzipped.get(dist) ?? unzipEdition(dist);
  unzipped.set(dist, root);
  return root;
}

test('the registry has tools and the build has languages to check', () => {
  expect(TOOL_IDS.length).toBeGreaterThan(0);
  expect(LANGS.length).toBeGreaterThan(0);
});

test('every tool UI folder is a registered tool, and every registered tool has its UI folder', () => {
  const folders = readdirSync(TOOLS_UI, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'shared')
    .map((e) => e.name)
    .sort();
  expect(folders).toEqual([...TOOL_IDS].sort());
  for (const id of TOOL_IDS) {
    for (const file of UI_FILES) expect(existsSync(new URL(`${id}/${file}`, TOOLS_UI)), `${id}/${file}`).toBe(true);
  }
});

for (const id of TOOL_IDS) {
  for (const lang of LANGS) {
    test(`${id} in ${lang}: its strings, its page and embed view, both in the offline edition`, async ({}, info) => {
      const dist = distOf(info);

      // Its strings: its own table, and its name in the tool names.
      expect(existsSync(new URL(`${lang}/${id}.ts`, I18N)), `src/i18n/${lang}/${id}.ts`).toBe(true);
      const title = await titleIn(lang, id);
      expect(typeof title === 'string' && title.trim() !== '', `toolNames['${id}'].title in ${lang}`).toBe(true);

      // Its page and embed view, in the language, titled with that name, each with the tool's island.
      const island = `&quot;value&quot;:&quot;${id}&quot;`;
      for (const path of [`tools/${id}/`, `tools/${id}/embed/`]) {
        const page = pageIn(dist, lang, path);
        const file = join(dist, page, 'index.html');
        expect(existsSync(file), file).toBe(true);
        const html = readFileSync(file, 'utf8');
        expect(html, `${page}: language`).toMatch(new RegExp(`<html[^>]*\\slang="${lang}"`));
        expect(h1Of(html), `${page}: heading`).toBe(title);
        expect(html, `${page}: the tool's island`).toContain(island);
      }

      // Both in the offline edition.
      const root = edition(info);
      for (const path of [`tools/${id}/index.html`, `tools/${id}/embed/index.html`]) {
        const entry = join(root, pageIn(dist, lang, path));
        expect(existsSync(entry), `offline edition: ${pageIn(dist, lang, path)}`).toBe(true);
      }
    });
  }
}
