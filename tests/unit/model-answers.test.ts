import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kanoText as deKano } from '../../src/i18n/de/kano';
import { spectrumText as deSpectrum } from '../../src/i18n/de/spectrum-grid';
import { kanoText as enKano } from '../../src/i18n/en/kano';
import { spectrumText as enSpectrum } from '../../src/i18n/en/spectrum-grid';
import { anxietyAt } from '../../src/lib/anxiety/curve';
import type { ModelInput } from '../../src/lib/anxiety/inputs';
import { analyseFeature } from '../../src/lib/kano/analysis';
import { continuousScores } from '../../src/lib/kano/continuous';
import type { CategoryCounts } from '../../src/lib/kano/counts';
import { DEFAULT_OPTIONS } from '../../src/lib/kano/options';
import { spreadOf } from '../../src/lib/kano/stats';
import { classifyPair } from '../../src/lib/kano/table';
import { distanceTo, enclosingReferences, NEARBY, nearbyReferences } from '../../src/lib/spectrum/compare';
import { type Offering, spanOf } from '../../src/lib/spectrum/offering';
import { referenceById } from '../../src/lib/spectrum/references';

/**
 * Every model answer (and the worked figures it leans on) says what the handbook's own tools compute for
 * the case: the inputs are written out here, the tools run through src/lib, and the fragment their output
 * implies must be in the chapter's text, in English and in German.
 */

type Lang = 'en' | 'de';

function chapter(lang: Lang, id: string): string {
  const dir = lang === 'en' ? 'src/content/chapters' : 'src/content/chapters/de';
  return readFileSync(`${dir}/${id}.mdx`, 'utf8');
}

/** The text between <ModelAnswer> and </ModelAnswer>. */
function modelAnswer(lang: Lang, id: string): string {
  const text = chapter(lang, id);
  const start = text.indexOf('<ModelAnswer>');
  const end = text.indexOf('</ModelAnswer>');
  expect(start, `${lang}/${id} has a model answer`).toBeGreaterThan(-1);
  return text.slice(start, end);
}

/** The exercise: from its heading to the model answer. */
function exercise(lang: Lang, id: string): string {
  const text = chapter(lang, id);
  const heading = lang === 'en' ? '## Exercise' : '## Übung';
  return text.slice(text.indexOf(heading), text.indexOf('<ModelAnswer>'));
}

/** A number as the chapter writes it: English point, German comma. */
function decimal(x: number, digits: number, lang: Lang): string {
  const s = x.toFixed(digits);
  return lang === 'de' ? s.replace('.', ',') : s;
}

const point = (frequency: number, complexity: number): Offering => ({
  name: '',
  frequency: spanOf(frequency, frequency),
  complexity: spanOf(complexity, complexity),
});

describe('spectrum: the wedding venue at frequency 1, complexity 7', () => {
  const venue = point(1, 7);
  const near = nearbyReferences(venue);

  it('lists the references the grid lists (worked by hand: insurance 1.12, major appliances 1.80)', () => {
    expect(near).toEqual(['insurance', 'major-appliances']);
    const home = referenceById('buying-a-home');
    expect(home && distanceTo(home.placement, 1, 7)).toBeCloseTo(2.75, 2);
    expect(enclosingReferences(venue)).toEqual(['cars']);
  });

  for (const [lang, text, nearest, within, inside] of [
    ['en', enSpectrum, 'Nearest reference: ', `within ${NEARBY} points`, 'inside the stretch we give '],
    [
      'de',
      deSpectrum,
      'Nächstes Referenzprodukt: ',
      `im Umkreis von ${NEARBY} Punkten`,
      'innerhalb des Bereichs, den wir ',
    ],
  ] as const) {
    it(`says so in ${lang}`, () => {
      const answer = modelAnswer(lang, 'spectrum');
      const names = near.map((id) => text.references[id].name);
      const first = names[0] ?? '';
      const name = (n: string) => (lang === 'en' ? n.toLowerCase() : n);
      expect(answer).toContain(`${nearest}${name(first)}`);
      for (const n of names) expect(answer.toLowerCase()).toContain(n.toLowerCase());
      expect(answer).toContain(within);
      const cars = enclosingReferences(venue).map((id) => name(text.references[id].name));
      for (const c of cars) expect(answer).toContain(`${inside}${c}`);
    });
  }
});

describe('spectrum: the smartwatch, frequency 2 to 9, complexity 4 to 5', () => {
  const watch: Offering = { name: '', frequency: spanOf(2, 9), complexity: spanOf(4, 5) };

  it('has no reference within reach and lies inside the car’s stretch, as the answer’s comparison says', () => {
    expect(nearbyReferences(watch)).toEqual([]);
    expect(enclosingReferences(watch)).toEqual(['cars']);
    expect(modelAnswer('en', 'spectrum')).toContain('Like the car, it covers a range');
    expect(modelAnswer('de', 'spectrum')).toContain('Wie das Auto deckt sie einen Bereich ab');
  });
});

function counts(A: number, O: number, M: number, I: number, R: number, Q: number): CategoryCounts {
  return { A, O, M, I, R, Q };
}

function analysed(c: CategoryCounts) {
  return analyseFeature('feature', c, DEFAULT_OPTIONS, spreadOf([]), continuousScores([], []));
}

describe('four sources of value: the dental reminder, 2 A, 3 O, 5 M, 1 I, 0 R, 1 Q', () => {
  const result = analysed(counts(2, 3, 5, 1, 0, 1));

  it('classifies as the tool does (worked by hand: 5/11, −8/11, 2·93/256 = 0.727)', () => {
    expect(classifyPair('expect', 'dislike')).toBe('M');
    expect(result.category).toBe('M');
    expect(result.runnerUp).toBe('O');
    expect(result.strength).toBeCloseTo(16.67, 2);
    expect(result.better).toBeCloseTo(5 / 11, 10);
    expect(result.worse).toBeCloseTo(-8 / 11, 10);
    expect(result.test?.p).toBeCloseTo(186 / 256, 8);
    expect(result.test?.clear).toBe(false);
  });

  for (const [lang, kano] of [
    ['en', enKano],
    ['de', deKano],
  ] as const) {
    it(`the ${lang} answer reports the close call the tool prints`, () => {
      const answer = modelAnswer(lang, 'four-sources-of-value');
      const p = result.test?.p ?? Number.NaN;
      const unclear = kano.testUnclear('a', 'b', 'p').split(':')[0] ?? '';
      expect(unclear.length).toBeGreaterThan(5);
      expect(answer).toContain(unclear);
      expect(answer).toContain(`p ≈ ${decimal(p, 2, lang)}`);
      expect(answer).toContain(decimal(result.better ?? Number.NaN, 2, lang));
      expect(answer).toContain(`−${decimal(-(result.worse ?? Number.NaN), 2, lang)}`);
      expect(answer).toContain(`${Math.round(result.strength)}`);
      const both = lang === 'en' ? 'must-be or one-dimensional' : 'Basis- oder Leistungsanforderung';
      expect(answer).toContain(both);
    });
  }
});

describe('four sources of value: the single sign-on example the answer compares with, 3 A, 5 O, 9 M, 2 I, 1 R', () => {
  const result = analysed(counts(3, 5, 9, 2, 1, 0));

  it('matches the tool (worked by hand: 8/19, −14/19, 2·3473/16384 = 0.424)', () => {
    expect(result.better).toBeCloseTo(8 / 19, 10);
    expect(result.worse).toBeCloseTo(-14 / 19, 10);
    expect(result.test?.p).toBeCloseTo(6946 / 16384, 8);
    expect(result.test?.clear).toBe(false);
  });

  for (const lang of ['en', 'de'] as const) {
    it(`the ${lang} chapter gives those figures and intervals`, () => {
      const text = chapter(lang, 'four-sources-of-value');
      const b = result.betterInterval;
      const w = result.worseInterval;
      expect(text).toContain(`p ≈ ${decimal(result.test?.p ?? Number.NaN, 2, lang)}`);
      expect(text).toContain(decimal(b?.low ?? Number.NaN, 2, lang));
      expect(text).toContain(decimal(b?.high ?? Number.NaN, 2, lang));
      expect(text).toContain(`−${decimal(-(w?.low ?? Number.NaN), 2, lang)}`);
      expect(text).toContain(`−${decimal(-(w?.high ?? Number.NaN), 2, lang)}`);
    });
  }
});

describe('putting it together: the solar survey of ten buyers', () => {
  // Counts per feature as the table gives them (A, O, M, I; no R or Q), and the row names in each language.
  const rows: { en: string; de: string; c: CategoryCounts }[] = [
    { en: 'Generation-monitoring app', de: 'App zur Ertragsüberwachung', c: counts(0, 2, 6, 2, 0, 0) },
    {
      en: 'Installation date fixed at signing',
      de: 'Installationstermin bei Vertragsschluss fest',
      c: counts(2, 5, 1, 2, 0, 0),
    },
    {
      en: 'Live progress tracker from survey to switch-on',
      de: 'Live-Fortschrittsanzeige von der Begutachtung bis zur Inbetriebnahme',
      c: counts(6, 1, 0, 3, 0, 0),
    },
    { en: 'Panel-cleaning service', de: 'Reinigungsservice für die Module', c: counts(2, 1, 1, 6, 0, 0) },
  ];

  for (const [lang, kano] of [
    ['en', enKano],
    ['de', deKano],
  ] as const) {
    it(`each ${lang} row shows the category, Better and Worse the classifier computes`, () => {
      const text = chapter(lang, 'putting-it-together');
      for (const row of rows) {
        const r = analysed(row.c);
        const category = r.category === undefined ? '' : kano.categories[r.category];
        const { A, O, M, I } = row.c;
        const line = `| ${row[lang]} | ${A} | ${O} | ${M} | ${I} | ${category} | ${decimal(r.better ?? Number.NaN, 1, lang)} | −${decimal(-(r.worse ?? Number.NaN), 1, lang)} |`;
        expect(text).toContain(line);
      }
    });
  }

  it('says that no category passes the test with ten answers (worked by hand: p from 2·37/256 to 2·130/512)', () => {
    const ps = rows.map((row) => analysed(row.c).test);
    expect(ps.every((t) => t !== undefined && !t.clear)).toBe(true);
    const values = ps.map((t) => t?.p ?? Number.NaN);
    expect(Math.min(...values)).toBeCloseTo(74 / 256, 8);
    expect(Math.max(...values)).toBeCloseTo(260 / 512, 8);
    const text = chapter('en', 'putting-it-together');
    expect(text).toContain(enKano.testUnclear('a', 'b', 'p').split(':')[0] ?? 'missing');
    expect(text).toContain(`between about ${Math.min(...values).toFixed(2)} and ${Math.max(...values).toFixed(2)}`);
    const de = chapter('de', 'putting-it-together');
    expect(de).toContain(deKano.testUnclear('a', 'b', 'p').split(':')[0] ?? 'missing');
    expect(de).toContain(
      `zwischen etwa ${decimal(Math.min(...values), 2, 'de')} und ${decimal(Math.max(...values), 2, 'de')}`,
    );
  });
});

describe('anxiety gap: the twelve-week course with a 14-day refund window', () => {
  const course: ModelInput = {
    gapDays: 84,
    sharePct: 30,
    complexity: 6,
    windowDays: 14,
    touchpoints: 0,
    onboarding: 'none',
    community: 'none',
  };

  it('gives the learner in week eight nothing from the window, as the answer says', () => {
    const week8 = 56;
    expect(anxietyAt(course, week8)).toBeCloseTo(anxietyAt({ ...course, windowDays: 0 }, week8), 10);
    expect(anxietyAt(course, 7)).toBeLessThan(anxietyAt({ ...course, windowDays: 0 }, 7));
    expect(modelAnswer('en', 'anxiety-gap')).toContain('For a learner in week eight it offers nothing');
    expect(modelAnswer('de', 'anxiety-gap')).toContain('Einer Teilnehmerin in Woche acht nützt sie nichts');
  });
});

describe('model answers use only what their case gives', () => {
  const cases: [Lang, string, string][] = [
    ['en', 'where-to-start', 'forum'],
    ['de', 'where-to-start', 'forum'],
  ];
  for (const [lang, id, word] of cases) {
    it(`${lang}/${id}: no "${word}" in the answer when the case has none`, () => {
      expect(exercise(lang, id).toLowerCase()).not.toContain(word);
      expect(modelAnswer(lang, id).toLowerCase()).not.toContain(word);
    });
  }
});
