/**
 * The build gives each `uses('<namespace>')` the loaders of that namespace's tables; a call it cannot
 * read (a variable, a template) would get none, and its island would wait for text that never loads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OWN, tableLoaders, USES } from '../../src/i18n/table-loaders';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
const files = readdirSync(SRC, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.(ts|tsx|astro|mdx)$/.test(e.name))
  .map((e) => join(e.parentPath, e.name))
  .filter((f) => !OWN.test(f));

/** Each `uses(` call of a file, as written up to its closing parenthesis. */
const calls = (code: string) => [...code.matchAll(/\buses\([^)]*\)/g)].map((m) => m[0]);

describe('uses() calls across src/', () => {
  it('finds the calls (the scan reads the tree)', () => {
    const all = files.flatMap((f) => calls(readFileSync(f, 'utf8')));
    expect(all.length).toBeGreaterThan(30);
  });

  it.each(files.filter((f) => /\buses\(/.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f)))(
    '%s names each namespace as a literal the build reads, in a script module',
    (file) => {
      const code = readFileSync(join(ROOT, file), 'utf8');
      expect(file).toMatch(/\.tsx?$/);
      for (const call of calls(code)) expect(call).toMatch(new RegExp(`^${USES.source}$`));
    },
  );
});

describe('the table-loaders plugin', () => {
  const plugin = tableLoaders();
  const transform = (code: string, id: string) => {
    const hook = plugin.transform;
    const fn = typeof hook === 'function' ? hook : hook?.handler;
    return fn?.call({} as never, code, id) as { code: string } | null;
  };

  // Built from parts: the plugin runs on this file too, and would rewrite a literal call in it.
  const call = (q: string, ns: string, rest = '') => `uses(${q}${ns}${q}${rest})`;

  it('adds the glob of just that namespace, with either quote', () => {
    const code = `const A = ${call("'", 'kano')}; const B = ${call('"', 'board')};`;
    expect(transform(code, '/x/src/components/A.tsx')?.code).toBe(
      `const A = ${call("'", 'kano', ", import.meta.glob('/src/i18n/*/kano.ts')")}; ` +
        `const B = ${call('"', 'board', ', import.meta.glob("/src/i18n/*/board.ts")')};`,
    );
  });

  it('leaves its own files, dependencies and other file types alone', () => {
    const code = call("'", 'kano');
    expect(transform(code, '/x/src/components/A.tsx')).not.toBeNull();
    expect(transform(code, '/x/src/i18n/text.ts')).toBeNull();
    expect(transform(code, '/x/node_modules/y/index.js')).toBeNull();
    expect(transform(code, '/x/src/styles/a.css')).toBeNull();
  });
});
