import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presetText as dePresets } from '../../src/i18n/de/trainers';
import { presetText as enPresets } from '../../src/i18n/en/trainers';
import { findToolLinks, toolLinkPattern } from '../../src/lib/board/links';
import { decodeBoard, encodeBoard, TOOL_SUFFIX } from '../../src/lib/board/model';
import { presetQuery, presets } from '../../src/lib/presets';
import { PROFILE_TOOLS } from '../../src/lib/profile/model';
import { TOOL_CODECS } from '../../src/lib/profile/tool-state';
import type { Codec } from '../../src/lib/state/codec';
import { PRESET_IDS, type PresetWords } from '../../src/lib/tool-model';
import { isToolId, TOOL_IDS, TOOL_MODELS, TOOLS, type ToolId } from '../../src/lib/tools';

const CHAPTERS = new URL('../../src/content/chapters/', import.meta.url);
const WORDS: [string, PresetWords][] = [
  ['en', enPresets],
  ['de', dePresets],
];

/** Every model with its codec widened, so each can be checked the same way. */
const MODELS = TOOL_MODELS.map((m) => ({ ...m, codec: m.codec as Codec<unknown> }));

/** Encodes a state and reads it back: the state the codec read, its notices and the keys it wrote. */
function roundTrip(codec: Codec<unknown>, state: unknown) {
  const params = codec.encode(state);
  const back = codec.decode(new URLSearchParams(params.toString()));
  return { value: back.value, notices: back.notices, keys: [...params.keys()] };
}

function duplicates(values: readonly string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

describe('the tool registry', () => {
  it('derives the ids, the models by id and the profile’s tools from the one list', () => {
    expect(TOOL_IDS).toEqual(TOOL_MODELS.map((m) => m.id));
    expect(PROFILE_TOOLS).toEqual(TOOL_IDS);
    for (const m of TOOL_MODELS) {
      expect(TOOLS[m.id]).toBe(m);
      expect(TOOL_CODECS[m.id]).toBe(m);
      expect(TOOL_SUFFIX[m.id]).toBe(m.short);
      expect(isToolId(m.id)).toBe(true);
    }
    expect(Object.keys(TOOLS)).toEqual([...TOOL_IDS]);
  });

  it('has unique ids, each usable as a URL path segment', () => {
    expect(duplicates(TOOL_IDS)).toEqual([]);
    for (const id of TOOL_IDS) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it('has unique short board names, letters, digits and hyphens only', () => {
    const shorts = TOOL_MODELS.map((m) => m.short);
    expect(duplicates(shorts)).toEqual([]);
    for (const s of shorts) expect(s).toMatch(/^[a-z0-9-]+$/);
  });

  it('gives each tool its own codec storage name', () => {
    expect(duplicates(TOOL_MODELS.map((m) => m.codec.name))).toEqual([]);
  });

  it('gives every URL key to exactly one tool', () => {
    const owners = new Map<string, ToolId[]>();
    for (const m of TOOL_MODELS) for (const k of m.keys) owners.set(k, [...(owners.get(k) ?? []), m.id]);
    for (const m of TOOL_MODELS) expect(duplicates(m.keys), m.id).toEqual([]);
    expect([...owners].filter(([, tools]) => tools.length !== 1)).toEqual([]);
  });

  it('puts every tool in a chapter that exists, in every language', () => {
    const folders = [
      CHAPTERS,
      ...readdirSync(CHAPTERS, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => new URL(`${d.name}/`, CHAPTERS)),
    ];
    for (const folder of folders) {
      const files = readdirSync(folder);
      for (const m of TOOL_MODELS) expect(files, `${folder.pathname}: ${m.id}`).toContain(`${m.chapter}.mdx`);
    }
  });
});

describe('each tool model’s codec', () => {
  it.each(MODELS.map((m) => [m.id, m] as const))('%s: reads back its defaults, writing only its own keys', (_, m) => {
    const { value, notices, keys } = roundTrip(m.codec, m.codec.defaults());
    expect(notices).toEqual([]);
    expect(value).toEqual(m.codec.defaults());
    for (const k of keys) expect(m.keys).toContain(k);
  });

  const cases = WORDS.flatMap(([lang, words]) => MODELS.map((m) => [m.id, lang, m, words] as const));
  it.each(cases)('%s (%s): reads back every preset with no notice, writing only its own keys', (_, __, m, words) => {
    const states = m.presets(words);
    expect(Object.keys(states)).toEqual([...PRESET_IDS]);
    for (const id of PRESET_IDS) {
      const { value, notices, keys } = roundTrip(m.codec, states[id]);
      expect(notices, id).toEqual([]);
      expect(value, id).toEqual(states[id]);
      expect(keys.length, id).toBeGreaterThan(0);
      for (const k of keys) expect(m.keys, id).toContain(k);
    }
  });
});

describe('the class board’s addresses, from the registry', () => {
  const PRESETS = presets(enPresets);

  it('keeps each tool under its short name and reads it back', async () => {
    const tools = Object.fromEntries(TOOL_IDS.map((t) => [t, presetQuery(PRESETS.mortgage, t)]));
    const p = encodeBoard({ groups: [{ id: '1', name: 'A', tools }] });
    expect([...p.keys()]).toEqual(['g1', ...TOOL_MODELS.map((m) => `g1-${m.short}`)]);
    const back = await decodeBoard(p);
    expect(back.problems).toEqual([]);
    expect(back.value?.groups).toEqual([{ id: '1', name: 'A', tools }]);
  });

  it('names a key no tool owns', async () => {
    const shorts = TOOL_MODELS.map((m) => m.short);
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^[a-z0-9-]{1,12}$/).filter((s) => !shorts.includes(s)),
        async (short) => {
          expect((await decodeBoard(new URLSearchParams(`g1-${short}=x`))).problems).toEqual([
            { code: 'unknown-key', key: `g1-${short}` },
          ]);
        },
      ),
    );
  });
});

describe('finding a registered tool’s link', () => {
  const PRESETS = presets(enPresets);
  const segment = fc.stringMatching(/^[A-Za-z0-9._~-]{1,12}$/).filter((s) => s !== 'tools');
  const origin = fc.oneof(
    fc
      .tuple(fc.constantFrom('https://', 'http://'), fc.domain(), fc.option(fc.integer({ min: 1, max: 65535 })))
      .map(([scheme, host, port]) => `${scheme}${host}${port === null ? '' : `:${port}`}`),
    fc.constant('file://'),
    fc.constant(''),
  );
  const base = fc.array(segment, { maxLength: 4 }).map((parts) => parts.map((p) => `/${p}`).join(''));
  const view = fc.constantFrom('', 'embed/');
  const file = fc.constantFrom('', 'index.html');
  const around = fc.tuple(fc.constantFrom('', 'Group 2: ', '(see '), fc.constantFrom('', '.', ')', ' thanks', '\n'));

  it('finds it under any origin and base path, the embed view and index.html included', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TOOL_IDS),
        fc.constantFrom(...PRESET_IDS),
        origin,
        base,
        view,
        file,
        around,
        (tool, preset, o, b, v, f, [before, after]) => {
          const query = presetQuery(PRESETS[preset], tool);
          const { links } = findToolLinks(`${before}${o}${b}/tools/${tool}/${v}${f}?${query}${after}`);
          expect(links).toEqual([{ ok: true, tool, query, at: before.length + o.length + b.length }]);
        },
      ),
    );
  });

  it('finds no link to an id that is not registered', () => {
    const unregistered = fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/).filter((id) => !isToolId(id));
    fc.assert(
      fc.property(unregistered, origin, base, view, file, (id, o, b, v, f) => {
        expect(findToolLinks(`${o}${b}/tools/${id}/${v}${f}?place=X_5_5`).links).toEqual([]);
      }),
    );
  });

  it('builds its pattern from any ids, their regular-expression characters taken literally', () => {
    const id = fc.stringMatching(/^[a-z0-9.*+?^${}()|[\]\\-]{1,8}$/);
    fc.assert(
      fc.property(fc.uniqueArray(id, { minLength: 1, maxLength: 5 }), id, base, view, (ids, other, b, v) => {
        const pattern = toolLinkPattern(ids);
        for (const known of ids) {
          const found = [...`${b}/tools/${known}/${v}?a=1`.matchAll(pattern)];
          expect(found.map((m) => [m[1], m[2]])).toEqual([[known, '?a=1']]);
        }
        if (!ids.includes(other)) expect([...`${b}/tools/${other}/${v}?a=1`.matchAll(pattern)]).toEqual([]);
      }),
    );
  });
});
