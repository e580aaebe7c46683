import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const LIB = join(ROOT, 'src/lib');
const I18N = join(ROOT, 'src/i18n');

/** Every TypeScript file under a folder. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return filesUnder(path);
    return /\.(ts|tsx|js|mjs)$/.test(e.name) ? [path] : [];
  });
}

/** The module specifiers a file imports or re-exports, static or dynamic. */
function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\bfrom\s+['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\bimport\s+['"]([^'"]+)['"]/g,
  ];
  for (const p of patterns) for (const m of source.matchAll(p)) if (m[1] !== undefined) found.push(m[1]);
  return found;
}

/** True when a specifier, read from `file`, lands in src/i18n. */
function reachesI18n(file: string, spec: string): boolean {
  if (spec.startsWith('.')) {
    const target = resolve(dirname(file), spec);
    return target === I18N || target.startsWith(`${I18N}/`);
  }
  return /(^|\/)src\/i18n(\/|$)/.test(spec) || /^[@~]\/i18n(\/|$)/.test(spec);
}

describe('src/lib speaks no language', () => {
  it('finds the lib files and recognises an import of src/i18n', () => {
    expect(filesUnder(LIB).length).toBeGreaterThan(20);
    const file = join(LIB, 'profile/x.ts');
    expect(reachesI18n(file, '../../i18n/profile')).toBe(true);
    expect(reachesI18n(file, '../../i18n')).toBe(true);
    expect(reachesI18n(file, '../../i18n-extra/x')).toBe(false);
    expect(reachesI18n(file, '../state/fields')).toBe(false);
    expect(specifiers("import type { A } from '../a';\nexport { b } from \"./b\";\nconst c = import('../c');")).toEqual(
      ['../a', './b', '../c'],
    );
  });

  it('has no file under src/lib that imports from src/i18n', () => {
    const offenders = filesUnder(LIB).flatMap((file) =>
      specifiers(readFileSync(file, 'utf8'))
        .filter((spec) => reachesI18n(file, spec))
        .map((spec) => `${relative(ROOT, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });
});
