/**
 * The models behind the numbers a reader can change inside a chapter's sentence ("live" sentences): each
 * takes the sentence's numbers and returns what the sentence concludes, by the handbook's own models.
 * Codes and numbers only; the chapter page turns them into words.
 */
import { bandOf } from '../anxiety/bands';
import { anxietyIndex } from '../anxiety/model';
import { toDays } from '../anxiety/units';
import { verdict } from '../kano/classify';
import { coefficients, coefficientTerms } from '../kano/coefficients';
import { totalOf } from '../kano/counts';
import { regionAt } from '../spectrum/regions';

/** The models a live sentence can run. */
export const LIVE_MODELS = ['kano', 'anxiety', 'spectrum'] as const;

/** One of the live models. */
export type LiveModel = (typeof LIVE_MODELS)[number];

/** Whether a string names a live model. */
export function isLiveModel(s: string): s is LiveModel {
  return (LIVE_MODELS as readonly string[]).includes(s);
}

/** What a reader may type into one number of a sentence. */
export interface LiveRange {
  min: number;
  max: number;
  step: number;
}

const count: LiveRange = { min: 0, max: 999, step: 1 };
const axis: LiveRange = { min: 0, max: 10, step: 0.5 };

/** Every number a model reads, with its range (a sentence may fix some and let the reader change others). */
export const LIVE_INPUTS = {
  kano: { A: count, O: count, M: count, I: count, R: count, Q: count },
  anxiety: {
    weeks: { min: 0, max: 520, step: 1 },
    share: { min: 0, max: 100, step: 1 },
    complexity: { min: 0, max: 10, step: 1 },
  },
  spectrum: { frequency: axis, complexity: axis },
} as const satisfies Record<LiveModel, Record<string, LiveRange>>;

/** The names of a model's numbers. */
export type LiveInputKey<M extends LiveModel> = keyof (typeof LIVE_INPUTS)[M] & string;

/** A value brought into its range and onto its step; anything not a finite number becomes the minimum. */
export function clampToRange(value: number, range: LiveRange): number {
  if (!Number.isFinite(value)) return range.min;
  const stepped = Math.round((value - range.min) / range.step) * range.step + range.min;
  return Math.min(range.max, Math.max(range.min, Number(stepped.toFixed(6))));
}

/** A model's numbers, every one present and in range (missing ones count as the minimum). */
export function liveInputs<M extends LiveModel>(
  model: M,
  raw: Readonly<Record<string, number>>,
): Record<string, number> {
  const ranges: Record<string, LiveRange> = LIVE_INPUTS[model];
  return Object.fromEntries(
    Object.entries(ranges).map(([key, range]) => [key, clampToRange(raw[key] ?? range.min, range)]),
  );
}

/** What a live sentence shows: numbers, codes (a category, a band, a region) or nothing (undefined). */
export type LiveResult = Record<string, number | string | undefined>;

/**
 * Kano counts (A, O, M, I, R, Q) → the answers counted, the category (most frequent), the fractions behind
 * Better and Worse, and both coefficients (undefined without an A, O, M or I answer).
 */
export function kanoLive(v: Readonly<Record<string, number>>): LiveResult {
  const n = liveInputs('kano', v);
  const counts = { A: n['A'] ?? 0, O: n['O'] ?? 0, M: n['M'] ?? 0, I: n['I'] ?? 0, R: n['R'] ?? 0, Q: n['Q'] ?? 0 };
  const { better, worse } = coefficients(counts);
  const terms = coefficientTerms(counts);
  return {
    total: totalOf(counts),
    category: verdict(counts).category,
    betterNumerator: terms.betterNumerator,
    worseNumerator: terms.worseNumerator,
    denominator: terms.denominator,
    better,
    worse,
  };
}

/**
 * The reassurance a live anxiety sentence adds, as the anxiety chapter's gym example describes it: a
 * first-week measurement and a trainer session (two touchpoints), guided onboarding, beginner classes
 * (an active community).
 */
export const LIVE_REASSURANCE = { touchpoints: 2, onboarding: 'guided', community: 'active' } as const;

/**
 * Weeks to value, commitment (% of means) and complexity (0 to 10), no return window → the anxiety index
 * at the moment of value as shown (a whole number) and its band, without and with LIVE_REASSURANCE.
 */
export function anxietyLive(v: Readonly<Record<string, number>>): LiveResult {
  const n = liveInputs('anxiety', v);
  const base = {
    gapDays: toDays(n['weeks'] ?? 0, 'week'),
    sharePct: n['share'] ?? 0,
    complexity: n['complexity'] ?? 0,
    windowDays: 0,
    touchpoints: 0,
    onboarding: 'none',
    community: 'none',
  } as const;
  const index = Math.round(anxietyIndex(base));
  const reassured = Math.round(anxietyIndex({ ...base, ...LIVE_REASSURANCE }));
  return { index, band: bandOf(index), reassured, reassuredBand: bandOf(reassured) };
}

/** Frequency and complexity (0 to 10) → the region of the plane and its exposure to the anxiety gap. */
export function spectrumLive(v: Readonly<Record<string, number>>): LiveResult {
  const n = liveInputs('spectrum', v);
  const region = regionAt(n['frequency'] ?? 0, n['complexity'] ?? 0);
  return { region: region.id, anxiety: region.anxiety };
}

/** Runs a live model on a sentence's numbers. */
export function runLive(model: LiveModel, values: Readonly<Record<string, number>>): LiveResult {
  if (model === 'kano') return kanoLive(values);
  if (model === 'anxiety') return anxietyLive(values);
  return spectrumLive(values);
}
