/** The live string tables: a page's language fills every table in place, nested parts included. */
import { afterEach, describe, expect, it } from 'vitest';
import { currentLang, loadedLocalised, localised, setLanguage } from '../../src/i18n/text';

const en = {
  title: 'Spectrum',
  table: { add: 'Add an offering', count: (n: number) => `${n} offerings` },
  scale: ['Disagree', 'Agree'],
};
const de = {
  title: 'Spektrum',
  table: { add: 'Angebot hinzufügen', count: (n: number) => `${n} Angebote` },
  scale: ['Stimme nicht zu', 'Stimme zu'],
};
const loaders = { './de/demo.ts': async () => ({ demo: de }) };

afterEach(async () => {
  await setLanguage('en');
});

describe('localised tables', () => {
  it('hold the default language until a page sets another', async () => {
    const t = localised(en, loaders, 'demo');
    expect(t.title).toBe('Spectrum');
    await setLanguage('de');
    expect(currentLang()).toBe('de');
    expect(t.title).toBe('Spektrum');
    expect(t.table.count(2)).toBe('2 Angebote');
    expect(t.scale).toEqual(['Stimme nicht zu', 'Stimme zu']);
  });

  it('fill nested parts in place, so a part kept at import time follows the language', async () => {
    const t = localised(en, loaders, 'demo');
    const ui = t.table;
    const scale = t.scale;
    await setLanguage('de');
    expect(ui.add).toBe('Angebot hinzufügen');
    expect(scale[1]).toBe('Stimme zu');
    await setLanguage('en');
    expect(ui.add).toBe('Add an offering');
  });

  it('never change the default table they were made from', async () => {
    const t = localised(en, loaders, 'demo');
    await setLanguage('de');
    expect(t.table.add).toBe('Angebot hinzufügen');
    expect(en.table.add).toBe('Add an offering');
    expect(en.scale).toEqual(['Disagree', 'Agree']);
  });

  it('fall back to the default language for an unknown code or a language without this table', async () => {
    const t = localised(en, {}, 'demo');
    expect(await setLanguage('xx')).toBe('en');
    expect(await setLanguage('de')).toBe('de');
    expect(t.title).toBe('Spectrum');
  });

  it('can bundle no language at all and load the page language, the default one included', async () => {
    let enLoads = 0;
    const t = loadedLocalised<typeof en>(
      {
        './en/demo.ts': async () => {
          enLoads += 1;
          return { demo: en };
        },
        ...loaders,
      },
      'demo',
    );
    await setLanguage('en');
    expect(t.title).toBe('Spectrum');
    await setLanguage('de');
    expect(t.table.add).toBe('Angebot hinzufügen');
    await setLanguage('en');
    expect(t.table.add).toBe('Add an offering');
    expect(enLoads).toBe(1);
  });
});
