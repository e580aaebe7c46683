import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presetText } from '../../src/i18n/en/trainers';
import {
  embedPath,
  escapeAttribute,
  iframeSnippet,
  isPresent,
  stateQuery,
  toolPath,
  withState,
} from '../../src/lib/embed';
import { PRESET_IDS, presetPath, presetQuery, presets } from '../../src/lib/presets';
import { STATEMENTS } from '../../src/lib/quiz/statements';
import { TOOL_IDS, TOOLS } from '../../src/lib/tools';

const PRESETS = presets(presetText);

const cases = PRESET_IDS.flatMap((id) => TOOL_IDS.map((tool) => [id, tool] as const));

describe('presets', () => {
  it('has the three example offerings, each keyed by its own id, each with a state for every tool', () => {
    expect(PRESET_IDS).toEqual(['meal-kit', 'mortgage', 'running-shoes']);
    for (const id of PRESET_IDS) {
      expect(PRESETS[id].id).toBe(id);
      expect(Object.keys(PRESETS[id].states)).toEqual([...TOOL_IDS]);
    }
  });

  it.each(cases)('%s in %s: decode(encode(preset)) gives the same state and no notices', (id, tool) => {
    const { codec } = TOOLS[tool];
    const preset = PRESETS[id];
    const query = presetQuery(preset, tool);
    const back = codec.decode(new URLSearchParams(query));
    expect(back.notices).toEqual([]);
    expect(back.value).toEqual(preset.states[tool]);
  });

  it.each(cases)('%s in %s: the link fills the tool in (not its defaults)', (id, tool) => {
    const query = presetQuery(PRESETS[id], tool);
    expect(query).not.toBe('');
    const { codec } = TOOLS[tool];
    expect(codec.decode(new URLSearchParams(query)).value).not.toEqual(codec.defaults());
  });

  it('answers every quiz statement, so the value profile is complete', () => {
    for (const id of PRESET_IDS) {
      expect(Object.keys(PRESETS[id].states['value-quiz'].answers).sort()).toEqual(STATEMENTS.map((s) => s.id).sort());
    }
  });

  it('puts the same grid place in the quiz as on the spectrum grid', () => {
    for (const id of PRESET_IDS) {
      const { 'spectrum-grid': spectrum, 'value-quiz': quiz } = PRESETS[id].states;
      const o = spectrum.offerings[0];
      if (!o) throw new Error(`${id} has no offering`);
      expect(quiz.frequency).toBe((o.frequency.from + o.frequency.to) / 2);
      expect(quiz.complexity).toBe((o.complexity.from + o.complexity.to) / 2);
      expect(quiz.offering).toBe(o.name);
    }
  });

  it('builds tool and presentation paths with readable keys', () => {
    const meal = PRESETS['meal-kit'];
    expect(presetPath(meal, 'kano')).toBe(
      '/tools/kano/?kano-feature=Swap+any+recipe+until+two+days+before+delivery&kano-functional=like&kano-dysfunctional=dislike',
    );
    expect(presetPath(meal, 'spectrum-grid')).toBe('/tools/spectrum-grid/?place=Meal-kit+subscription_8_4');
    expect(presetPath(PRESETS['running-shoes'], 'spectrum-grid', true)).toBe(
      '/tools/spectrum-grid/embed/?place=Running+shoes_3-7_3&present',
    );
  });
});

describe('embed and present URLs', () => {
  it('names each tool page and embed view', () => {
    expect(toolPath('anxiety-gap')).toBe('/tools/anxiety-gap/');
    expect(embedPath('anxiety-gap')).toBe('/tools/anxiety-gap/embed/');
  });

  it('reads the present flag however it is written', () => {
    expect(isPresent('?present')).toBe(true);
    expect(isPresent('?a=1&present=')).toBe(true);
    expect(isPresent('?presentation=1')).toBe(false);
    expect(isPresent('')).toBe(false);
  });

  it('keeps the state and drops only the present flag', () => {
    expect(stateQuery('?kano-feature=Fast+delivery&present=&kano-functional=like')).toBe(
      'kano-feature=Fast+delivery&kano-functional=like',
    );
    expect(stateQuery('?present')).toBe('');
    expect(withState('/tools/kano/', '')).toBe('/tools/kano/');
    expect(withState('/tools/kano/embed/', '', true)).toBe('/tools/kano/embed/?present');
    expect(withState('/tools/kano/embed/', 'a=1', true)).toBe('/tools/kano/embed/?a=1&present');
  });

  it('round-trips any state query through the presentation view and back', () => {
    const pair = fc.tuple(fc.string({ minLength: 1 }), fc.string());
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 6 }), (pairs) => {
        const query = new URLSearchParams(pairs.filter(([k]) => k !== 'present')).toString();
        const present = new URL(withState('/tools/kano/embed/', query, true), 'https://example.test');
        expect(isPresent(present.search)).toBe(true);
        expect(stateQuery(present.search)).toBe(query);
      }),
    );
  });

  it('writes an iframe snippet that cannot break out of its attributes', () => {
    const html = iframeSnippet('https://x.test/tools/kano/embed/?a=1&b="2"', 'Kano <classifier>');
    expect(html).toBe(
      '<iframe src="https://x.test/tools/kano/embed/?a=1&amp;b=&quot;2&quot;" title="Kano &lt;classifier&gt;" width="100%" height="800" loading="lazy" allow="clipboard-write"></iframe>',
    );
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(escapeAttribute(s)).not.toMatch(/["<>]/);
      }),
    );
  });
});
