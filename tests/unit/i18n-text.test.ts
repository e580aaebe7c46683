/** The string tables, read by language: nothing holds a current language, so two languages can be read at once. */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as deSite from '../../src/i18n/de/site';
import * as enSite from '../../src/i18n/en/site';
import { loadAllText } from '../../src/i18n/server';
import { hasText, loadText, NAMESPACES, textOf, translator, uses } from '../../src/i18n/text';

const SITE = uses('site');
const UNDO = uses('undo');

describe('textOf', () => {
  it('refuses a table that was never loaded, naming it, instead of answering in another language', () => {
    expect(hasText('de', 'undo')).toBe(false);
    expect(() => textOf('de', UNDO)).toThrow(/undo of de is not loaded/);
  });

  it('reads each language from its own table, side by side, after loading both', async () => {
    await Promise.all([loadText('en', ['site']), loadText('de', ['site'])]);
    expect(textOf('en', SITE)).toBe(enSite);
    expect(textOf('de', SITE)).toBe(deSite);
    // Interleaved reads: the German read does not change what the English one gives, and back.
    expect(textOf('en', SITE).site.skipLink).toBe('Skip to content');
    expect(textOf('de', SITE).site.skipLink).toBe('Zum Inhalt springen');
    expect(textOf('en', SITE).site.skipLink).toBe('Skip to content');
  });

  it('reads an unknown language as the default one', async () => {
    await loadText('xx', ['site']);
    expect(textOf('xx', SITE)).toBe(enSite);
  });

  it('loads German tables without loading the English ones', async () => {
    await loadText('de', ['undo']);
    expect(hasText('de', 'undo')).toBe(true);
    expect(hasText('en', 'undo')).toBe(false);
  });
});

describe('translator', () => {
  it('gives a page every namespace in its language once loaded', async () => {
    await Promise.all([loadAllText('en'), loadAllText('de')]);
    const en = translator('en');
    const de = translator('de');
    expect(de('site').site.skipLink).toBe('Zum Inhalt springen');
    expect(en('site').site.skipLink).toBe('Skip to content');
    expect(de('undo').undoText.undo).not.toBe(en('undo').undoText.undo);
  });
});

describe('NAMESPACES', () => {
  it('lists exactly the English namespace files, so a new file cannot be forgotten', () => {
    const files = readdirSync(resolve(import.meta.dirname, '../../src/i18n/en'))
      .filter((f) => f.endsWith('.ts') && f !== 'meta.ts')
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect([...NAMESPACES].sort()).toEqual(files);
  });
});
