import { anxietyCodec } from './anxiety/codec';
import type { AnxietyState } from './anxiety/state';
import { embedPath, toolPath, withState } from './embed';
import { type KanoState, kanoCodec } from './kano/codec';
import { type QuizState, quizCodec } from './quiz/codec';
import { type SpectrumState, spectrumCodec } from './spectrum/codec';
import type { ToolId } from './tools';

/** Identifiers of the ready-made example offerings on the trainers page. */
export const PRESET_IDS = ['meal-kit', 'mortgage', 'running-shoes'] as const;

/** One of the example offerings. */
export type PresetId = (typeof PRESET_IDS)[number];

/** One example offering, filled in for every tool in that tool's own state type. */
export interface Preset {
  id: PresetId;
  spectrum: SpectrumState;
  quiz: QuizState;
  kano: KanoState;
  anxiety: AnxietyState;
}

/** The words a preset carries into the tools (its offering's name and a Kano feature), from the page's language. */
export type PresetWords = Record<PresetId, { offering: string; feature: string }>;

/** The three example offerings, named in `words`. Every link is made by encoding these with each tool's own codec. */
export function presets(words: PresetWords): Record<PresetId, Preset> {
  return {
    'meal-kit': {
      id: 'meal-kit',
      spectrum: {
        offerings: [
          { name: words['meal-kit'].offering, frequency: { from: 8, to: 8 }, complexity: { from: 4, to: 4 } },
        ],
        selected: 0,
        showReferences: true,
      },
      quiz: {
        offering: words['meal-kit'].offering,
        answers: {
          problem1: 4,
          problem2: 4,
          problem3: 4,
          problem4: 2,
          opportunity1: 4,
          opportunity2: 3,
          opportunity3: 2,
          opportunity4: 3,
          feel1: 4,
          feel2: 3,
          feel3: 4,
          feel4: 2,
          look1: 2,
          look2: 3,
          look3: 3,
          look4: 3,
        },
        frequency: 8,
        complexity: 4,
      },
      kano: { mode: 'single', feature: words['meal-kit'].feature, functional: 'like', dysfunctional: 'dislike' },
      anxiety: {
        today: {
          gap: 5,
          gapUnit: 'day',
          size: 'price',
          share: 15,
          price: 60,
          budget: 600,
          complexity: 4,
          window: 2,
          windowUnit: 'day',
          touchpoints: 1,
          onboarding: 'basic',
          community: 'passive',
        },
        changed: {
          gap: 2,
          gapUnit: 'day',
          size: 'price',
          share: 15,
          price: 60,
          budget: 600,
          complexity: 4,
          window: 2,
          windowUnit: 'day',
          touchpoints: 3,
          onboarding: 'guided',
          community: 'active',
        },
        business: { customers: 2000, period: 'week', valuePerCustomer: 300, churnPct: 12 },
        currency: 'auto',
      },
    },
    mortgage: {
      id: 'mortgage',
      spectrum: {
        offerings: [
          { name: words.mortgage.offering, frequency: { from: 1, to: 1 }, complexity: { from: 8.5, to: 8.5 } },
        ],
        selected: 0,
        showReferences: true,
      },
      quiz: {
        offering: words.mortgage.offering,
        answers: {
          problem1: 5,
          problem2: 4,
          problem3: 5,
          problem4: 1,
          opportunity1: 5,
          opportunity2: 5,
          opportunity3: 1,
          opportunity4: 2,
          feel1: 3,
          feel2: 3,
          feel3: 4,
          feel4: 4,
          look1: 1,
          look2: 5,
          look3: 2,
          look4: 3,
        },
        frequency: 1,
        complexity: 8.5,
      },
      kano: { mode: 'single', feature: words.mortgage.feature, functional: 'like', dysfunctional: 'neutral' },
      anxiety: {
        today: {
          gap: 10,
          gapUnit: 'week',
          size: 'share',
          share: 300,
          price: 3000,
          budget: 20000,
          complexity: 8.5,
          window: 14,
          windowUnit: 'day',
          touchpoints: 2,
          onboarding: 'basic',
          community: 'none',
        },
        changed: {
          gap: 6,
          gapUnit: 'week',
          size: 'share',
          share: 300,
          price: 3000,
          budget: 20000,
          complexity: 8.5,
          window: 14,
          windowUnit: 'day',
          touchpoints: 6,
          onboarding: 'guided',
          community: 'passive',
        },
        business: { customers: 150, period: 'month', valuePerCustomer: 4000, churnPct: 6 },
        currency: 'auto',
      },
    },
    'running-shoes': {
      id: 'running-shoes',
      spectrum: {
        offerings: [
          { name: words['running-shoes'].offering, frequency: { from: 3, to: 7 }, complexity: { from: 3, to: 3 } },
        ],
        selected: 0,
        showReferences: true,
      },
      quiz: {
        offering: words['running-shoes'].offering,
        answers: {
          problem1: 4,
          problem2: 2,
          problem3: 4,
          problem4: 2,
          opportunity1: 3,
          opportunity2: 4,
          opportunity3: 3,
          opportunity4: 3,
          feel1: 4,
          feel2: 4,
          feel3: 4,
          feel4: 2,
          look1: 5,
          look2: 1,
          look3: 4,
          look4: 4,
        },
        frequency: 5,
        complexity: 3,
      },
      kano: { mode: 'single', feature: words['running-shoes'].feature, functional: 'expect', dysfunctional: 'dislike' },
      anxiety: {
        today: {
          gap: 1,
          gapUnit: 'week',
          size: 'price',
          share: 15,
          price: 140,
          budget: 1500,
          complexity: 3,
          window: 30,
          windowUnit: 'day',
          touchpoints: 1,
          onboarding: 'none',
          community: 'active',
        },
        changed: {
          gap: 3,
          gapUnit: 'day',
          size: 'price',
          share: 15,
          price: 140,
          budget: 1500,
          complexity: 3,
          window: 30,
          windowUnit: 'day',
          touchpoints: 2,
          onboarding: 'basic',
          community: 'active',
        },
        business: { customers: 800, period: 'month', valuePerCustomer: 180, churnPct: 5 },
        currency: 'auto',
      },
    },
  };
}

/** Each tool's encoder, applied to the part of a preset that belongs to it. */
const ENCODE: { [T in ToolId]: (p: Preset) => URLSearchParams } = {
  'spectrum-grid': (p) => spectrumCodec.encode(p.spectrum),
  'value-quiz': (p) => quizCodec.encode(p.quiz),
  kano: (p) => kanoCodec.encode(p.kano),
  'anxiety-gap': (p) => anxietyCodec.encode(p.anxiety),
};

/** One preset's state for one tool, as a query string without "?", made by that tool's own codec. */
export function presetQuery(preset: Preset, tool: ToolId): string {
  return ENCODE[tool](preset).toString();
}

/** Root-relative link that opens a tool filled in with a preset; `present` opens the presentation view. */
export function presetPath(preset: Preset, tool: ToolId, present = false): string {
  return withState(present ? embedPath(tool) : toolPath(tool), presetQuery(preset, tool), present);
}
