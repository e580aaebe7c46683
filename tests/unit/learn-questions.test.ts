import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { questionsText as de } from '../../src/i18n/de/questions';
import { questionsText as en } from '../../src/i18n/en/questions';
import { toModelInput } from '../../src/lib/anxiety/inputs';
import { anxietyIndex } from '../../src/lib/anxiety/model';
import { defaultState } from '../../src/lib/anxiety/state';
import { coefficients } from '../../src/lib/kano/coefficients';
import { classifyPair } from '../../src/lib/kano/table';
import { QUESTIONS, type Question, questionsOf, toolCase } from '../../src/lib/learn/questions';
import { checkToolQuery, encodeTool } from '../../src/lib/profile/tool-state';
import { regionAt, regionsReached } from '../../src/lib/spectrum/regions';

const CHAPTERS = join(__dirname, '..', '..', 'src', 'content', 'chapters');
const LANGS = { en: { dir: CHAPTERS, words: en }, de: { dir: join(CHAPTERS, 'de'), words: de } } as const;
const chapterIds = readdirSync(CHAPTERS)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

/** Heading ids as Astro makes them (github-slugger over the heading's text, in order), read from the MDX. */
function headingIds(file: string): string[] {
  const slugger = new GithubSlugger();
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => /^#{2,6}\s+(.*)$/.exec(line)?.[1])
    .filter((text): text is string => text !== undefined)
    .map((text) => slugger.slug(text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '')));
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The answer as the handbook's models give it: a number, or the value the right choice must stand for. */
function modelAnswer(q: Question): number | string | undefined {
  const v = q.verify;
  if (!v) return undefined;
  switch (v.model) {
    case 'better':
      return coefficients(v.counts).better;
    case 'worse':
      return coefficients(v.counts).worse;
    case 'kano-pair':
      return classifyPair(v.functional, v.dysfunctional);
    case 'region':
      return regionAt(v.frequency, v.complexity).id;
    case 'regions-reached': {
      const reached = regionsReached({
        name: '',
        frequency: { from: v.frequency[0], to: v.frequency[1] },
        complexity: { from: v.complexity[0], to: v.complexity[1] },
      });
      return reached.length > 1 ? 'several' : 'one';
    }
    case 'anxiety-gap': {
      const today = defaultState().today;
      const before = anxietyIndex(toModelInput(today));
      const after = anxietyIndex(toModelInput({ ...today, gap: v.to }));
      return after < before ? 'falls' : after > before ? 'rises' : 'same';
    }
  }
}

describe('the questions in the chapters', () => {
  it('have unique ids and 4 to 8 questions in every chapter', () => {
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
    expect(chapterIds.length).toBe(8);
    for (const id of chapterIds) {
      const n = questionsOf(id).length;
      expect(n, id).toBeGreaterThanOrEqual(4);
      expect(n, id).toBeLessThanOrEqual(8);
    }
    expect(QUESTIONS.every((q) => chapterIds.includes(q.chapter))).toBe(true);
  });

  it('both languages word exactly the same questions', () => {
    const ids = QUESTIONS.map((q) => q.id).sort();
    expect(Object.keys(en).sort()).toEqual(ids);
    expect(Object.keys(de).sort()).toEqual(ids);
  });

  it('every choice question has one right choice and a sentence of feedback for every choice, in both languages', () => {
    for (const q of QUESTIONS) {
      for (const { words } of Object.values(LANGS)) {
        const w = words[q.id as keyof typeof words];
        if (q.kind === 'choice') {
          expect('choices' in w && w.choices.length, q.id).toBe(q.choices);
          expect(q.right, q.id).toBeGreaterThanOrEqual(0);
          expect(q.right, q.id).toBeLessThan(q.choices);
          const choices = 'choices' in w ? w.choices : [];
          for (const c of choices) {
            expect(c.label.trim(), q.id).not.toBe('');
            expect(c.why, q.id).toMatch(/\S.*[.!?]$/);
          }
          expect(new Set(choices.map((c) => c.label)).size, q.id).toBe(q.choices);
        } else {
          expect('explain' in w && w.explain.length > 0, q.id).toBe(true);
          expect('label' in w && w.label.length > 0, q.id).toBe(true);
        }
      }
    }
  });

  it('every numeric answer, recomputed through src/lib, equals the stored one', () => {
    const numeric = QUESTIONS.filter((q) => q.kind === 'number');
    expect(numeric.length).toBeGreaterThanOrEqual(3);
    for (const q of numeric) {
      const worked = modelAnswer(q);
      expect(typeof worked, q.id).toBe('number');
      expect(round(Number(worked), q.digits), q.id).toBe(q.answer);
    }
  });

  it('every choice checked by a model stands for what the model gives', () => {
    const modelled = QUESTIONS.filter((q) => q.kind === 'choice' && q.verify);
    expect(modelled.length).toBeGreaterThanOrEqual(4);
    for (const q of modelled) {
      if (q.kind !== 'choice') continue;
      expect(q.values?.length, q.id).toBe(q.choices);
      expect(q.values?.[q.right], q.id).toBe(modelAnswer(q));
      // Exactly one choice is what the model gives.
      expect(q.values?.filter((v) => v === modelAnswer(q)).length, q.id).toBe(1);
    }
  });

  it('the worked values are those the text and a hand count give', () => {
    // Worked by hand: (4 + 2) / 10, −(2 + 3) / 10, (2 + 3) / 12.
    expect(QUESTIONS.find((q) => q.id === 'fs-better')).toMatchObject({ answer: 0.6 });
    expect(QUESTIONS.find((q) => q.id === 'fs-worse')).toMatchObject({ answer: -0.5 });
    expect(QUESTIONS.find((q) => q.id === 'pt-cleaning')).toMatchObject({ answer: 0.42 });
  });

  it('at least three ask the reader to predict and open a tool with the case, which the tool reads cleanly', () => {
    const predict = QUESTIONS.filter((q) => q.predict);
    expect(predict.length).toBeGreaterThanOrEqual(3);
    for (const q of predict) {
      const words = en[q.id as keyof typeof en];
      const found = toolCase(q, 'caseName' in words ? words.caseName : '');
      expect(found, q.id).toBeDefined();
      if (!found) continue;
      const query = encodeTool(found.tool, found.state as never);
      expect(query, q.id).not.toBe('');
      expect(checkToolQuery(found.tool, query), q.id).toMatchObject({ ok: true });
    }
  });

  for (const [lang, { dir, words }] of Object.entries(LANGS)) {
    it(`${lang}: every question links to a heading of its chapter and sits in that chapter once`, () => {
      for (const q of QUESTIONS) {
        const file = join(dir, `${q.chapter}.mdx`);
        const w = words[q.id as keyof typeof words];
        expect(headingIds(file), `${lang} ${q.id}`).toContain(w.anchor);
        const text = readFileSync(file, 'utf8');
        expect(text.split(`<Check id="${q.id}" />`).length - 1, `${lang} ${q.id}`).toBe(1);
      }
      for (const id of chapterIds) {
        const placed = [...readFileSync(join(dir, `${id}.mdx`), 'utf8').matchAll(/<Check id="([^"]+)" \/>/g)].map(
          (m) => m[1],
        );
        expect(placed, `${lang} ${id}`).toEqual(questionsOf(id).map((q) => q.id));
      }
    });
  }
});
