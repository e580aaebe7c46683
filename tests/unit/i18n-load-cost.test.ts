/**
 * Loading a string table does no locale work: Intl's first use costs a phone tens of milliseconds
 * (137 ms of the offering profile's start, at Lighthouse's 4× slower CPU, came from one
 * `toLocaleString` in a formula line), so tables format numbers only when a string is asked for,
 * or with `plainNumber`.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const I18N = resolve(import.meta.dirname, '../../src/i18n');
const tables = readdirSync(I18N, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(resolve(I18N, d.name))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `${d.name}/${f}`),
  );

describe('loading a string table', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('finds the tables of both languages', () => {
    expect(tables.filter((t) => t.startsWith('en/')).length).toBeGreaterThan(15);
    expect(tables.filter((t) => t.startsWith('de/')).length).toBeGreaterThan(15);
  });

  it.each(tables)('%s uses no Intl until a string is asked for', async (table) => {
    vi.resetModules();
    const calls: string[] = [];
    const spy = <T extends object>(target: T, key: keyof T & string, name: string) => {
      vi.spyOn(target, key as never).mockImplementation((() => {
        calls.push(name);
        return '';
      }) as never);
    };
    spy(Number.prototype, 'toLocaleString', 'Number.toLocaleString');
    spy(Date.prototype, 'toLocaleDateString', 'Date.toLocaleDateString');
    spy(Intl, 'NumberFormat', 'Intl.NumberFormat');
    spy(Intl, 'DateTimeFormat', 'Intl.DateTimeFormat');
    spy(Intl, 'PluralRules', 'Intl.PluralRules');
    await import(/* @vite-ignore */ resolve(I18N, table));
    expect(calls).toEqual([]);
  });
});
