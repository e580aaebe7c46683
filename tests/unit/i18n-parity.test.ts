import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const I18N = resolve(import.meta.dirname, '../../src/i18n');
const SOURCE = 'en';

/** Language folders under src/i18n, read from the disk so a new language is checked without editing this test. */
const languages = readdirSync(I18N, { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== SOURCE)
  .map((e) => e.name);

/** Namespace files of a language folder. */
function namespaces(lang: string): string[] {
  return readdirSync(join(I18N, lang))
    .filter((f) => f.endsWith('.ts'))
    .sort();
}

function kind(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  return typeof v;
}

/**
 * Lists each language fills to its own length: the answer wordings the Kano reader recognises are
 * recognition data, as many as the language's questionnaires use, not a translation of the English ones.
 */
const OPEN_LISTS = [/\/kano-answers\.kanoAnswers\.(sets|short\[\d+\])$/];

/** Every place where `other` differs in shape from `source`: keys, array lengths, function arity. */
function shapeDiff(source: unknown, other: unknown, path: string): string[] {
  const a = kind(source);
  const b = kind(other);
  if (a !== b) return [`${path}: ${a} in ${SOURCE}, ${b} here`];
  if (a === 'function') {
    const n = (source as (...args: unknown[]) => unknown).length;
    const m = (other as (...args: unknown[]) => unknown).length;
    return n === m ? [] : [`${path}: takes ${n} argument(s) in ${SOURCE}, ${m} here`];
  }
  if (a === 'array') {
    const xs = source as unknown[];
    const ys = other as unknown[];
    if (OPEN_LISTS.some((open) => open.test(path)))
      return ys.every((y) => kind(y) === kind(xs[0])) ? [] : [`${path}: items of another kind than in ${SOURCE}`];
    if (xs.length !== ys.length) return [`${path}: ${xs.length} items in ${SOURCE}, ${ys.length} here`];
    return xs.flatMap((x, i) => shapeDiff(x, ys[i], `${path}[${i}]`));
  }
  if (a === 'object') {
    const xs = source as Record<string, unknown>;
    const ys = other as Record<string, unknown>;
    const missing = Object.keys(xs)
      .filter((k) => !(k in ys))
      .map((k) => `${path}.${k}: missing`);
    const extra = Object.keys(ys)
      .filter((k) => !(k in xs))
      .map((k) => `${path}.${k}: not in ${SOURCE}`);
    const shared = Object.keys(xs).filter((k) => k in ys);
    return [...missing, ...extra, ...shared.flatMap((k) => shapeDiff(xs[k], ys[k], `${path}.${k}`))];
  }
  return [];
}

describe('shapeDiff', () => {
  it('names missing and extra keys, array lengths, arity and kinds', () => {
    const en = { a: 'x', b: { c: (n: number) => `${n}`, d: ['1', '2'] }, e: 'y' };
    const other = { a: 'x', b: { c: () => '', d: ['1'] }, f: 'z' };
    expect(shapeDiff(en, other, 'ns')).toEqual([
      'ns.e: missing',
      'ns.f: not in en',
      'ns.b.c: takes 1 argument(s) in en, 0 here',
      'ns.b.d: 2 items in en, 1 here',
    ]);
    expect(shapeDiff({ a: 'x' }, { a: { b: 'y' } }, 'ns')).toEqual(['ns.a: string in en, object here']);
    expect(shapeDiff(en, en, 'ns')).toEqual([]);
  });
});

describe.each(languages)('src/i18n/%s matches src/i18n/en', (lang) => {
  // A language folder holding only its meta.ts is still being started: its missing files are not failures yet.
  const started = namespaces(lang).some((f) => f !== 'meta.ts');

  it('has no namespace file that English lacks', () => {
    const extra = namespaces(lang).filter((f) => !existsSync(join(I18N, SOURCE, f)));
    expect(extra, `files in src/i18n/${lang} with no English file`).toEqual([]);
  });

  it.each(namespaces(SOURCE))('%s', async (file) => {
    const path = join(I18N, lang, file);
    if (!existsSync(path)) {
      if (started) expect.fail(`src/i18n/${lang}/${file} is missing`);
      return;
    }
    const source = (await import(join(I18N, SOURCE, file))) as Record<string, unknown>;
    const other = (await import(path)) as Record<string, unknown>;
    const problems = shapeDiff({ ...source }, { ...other }, `${lang}/${file.replace(/\.ts$/, '')}`);
    expect(problems, `src/i18n/${lang}/${file} differs from src/i18n/${SOURCE}/${file}`).toEqual([]);
  });
});
