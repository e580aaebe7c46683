import { MIXED_MARGIN_POINTS, verdict } from './classify';
import { coefficients, quadrantOf } from './coefficients';
import { type ContinuousScores, DYSFUNCTIONAL_SCORES, FUNCTIONAL_SCORES, spreadOfCounts } from './continuous';
import { type CategoryCounts, emptyCounts, shareOf, totalOf } from './counts';
import { type FeatureResult, QUESTIONABLE_FLAG_SHARE, REVERSE_FLAG_SHARE } from './feature';
import { type FilterOutcome, filterRespondents } from './filter';
import { type AnalysisOptions, DEFAULT_OPTIONS, SMALL_SEGMENT, TEST_ALPHA } from './options';
import type { Responses } from './responses';
import {
  type BinomialTest,
  binomialTest,
  type ChiSquareTest,
  chiSquareTest,
  type Interval,
  type Spread,
  wilsonInterval,
} from './stats';
import { categoryStrength, type FongTest, fongTest, totalStrength } from './strength';
import { CATEGORIES, flatCategoryIndex } from './table';

export type { AnalysisOptions } from './options';

/** Everything reported for one feature (in one segment or overall). */
export interface FeatureAnalysis extends FeatureResult {
  /** 95 % Wilson intervals for Better (0..1) and for Worse (−1..0, so low ≤ high); undefined with no A+O+M+I. */
  betterInterval: Interval | undefined;
  worseInterval: Interval | undefined;
  /** Exact binomial test of the category's count against the runner-up's; undefined when no runner-up. */
  test: (BinomialTest & { clear: boolean }) | undefined;
  /** Fong's test of the two most frequent categories (stp25); undefined when A + O + M + I is under 12. */
  fong: FongTest | undefined;
  /** Category strength (0..1): share of the most frequent of M, O, A, I, R minus the second's (Lee and Newcomb 1997). */
  categoryStrength: number;
  /** Total strength (0..1): share of A + O + M among all answer pairs. */
  totalStrength: number;
  importance: Spread;
  continuous: ContinuousScores;
}

/** One group of respondents: everyone, or one value of the segment column. */
export interface GroupAnalysis {
  /** The segment value ('' for blank); undefined for everyone. */
  name: string | undefined;
  respondents: number;
  small: boolean;
  features: FeatureAnalysis[];
}

/** The full analysis: everyone, each segment, and per feature a test of whether segments differ. */
export interface Analysis {
  options: AnalysisOptions;
  /** Respondents analysed (after any filtering). */
  respondents: number;
  /** Who the respondent limits left out, and why (nobody when no limit is set). */
  filter: Omit<FilterOutcome, 'kept'>;
  overall: GroupAnalysis;
  segments: GroupAnalysis[];
  /** Per feature, chi-square test of segment × category; undefined when fewer than two segments have answers. */
  segmentTests: (ChiSquareTest | undefined)[];
  hasImportance: boolean;
}

/** Summarises one feature's counts and answers. */
export function analyseFeature(
  name: string,
  counts: CategoryCounts,
  options: AnalysisOptions,
  importance: Spread,
  continuous: ContinuousScores,
): FeatureAnalysis {
  const c = coefficients(counts);
  const v = verdict(counts, MIXED_MARGIN_POINTS, options.rule);
  const n = counts.A + counts.O + counts.M + counts.I;
  const better = wilsonInterval(counts.A + counts.O, n);
  const worseShare = wilsonInterval(counts.O + counts.M, n);
  const worse = worseShare && {
    low: worseShare.high === 0 ? 0 : -worseShare.high,
    high: worseShare.low === 0 ? 0 : -worseShare.low,
  };
  let test: FeatureAnalysis['test'];
  if (v.category !== undefined && v.runnerUp !== undefined) {
    const t = binomialTest(counts[v.category], counts[v.runnerUp]);
    test = { ...t, clear: t.p < TEST_ALPHA && counts[v.category] > counts[v.runnerUp] };
  }
  return {
    name,
    counts,
    total: totalOf(counts),
    ...v,
    ...c,
    quadrant: quadrantOf(c),
    manyQuestionable: shareOf(counts, 'Q') >= QUESTIONABLE_FLAG_SHARE,
    manyReverse: shareOf(counts, 'R') >= REVERSE_FLAG_SHARE,
    betterInterval: better,
    worseInterval: worse,
    test,
    fong: fongTest(counts),
    categoryStrength: categoryStrength(counts),
    totalStrength: totalStrength(counts),
    importance,
    continuous,
  };
}

function group(
  r: Responses,
  rows: readonly number[],
  name: string | undefined,
  options: AnalysisOptions,
  table: Int8Array,
): GroupAnalysis {
  const nf = r.features.length;
  // One pass over the respondents: per feature, answer pairs counted by functional × 5 + dysfunctional
  // level, and importance summed as it comes (Welford), so no per-answer arrays are built.
  const pairs = new Int32Array(nf * 25);
  const impN = new Float64Array(nf);
  const impMean = new Float64Array(nf);
  const impM2 = new Float64Array(nf);
  const imp = r.importance;
  for (const i of rows) {
    const base = i * nf;
    for (let j = 0; j < nf; j += 1) {
      const at = base + j;
      if (imp) {
        const v = imp[at] ?? Number.NaN;
        if (Number.isFinite(v)) {
          const n = (impN[j] ?? 0) + 1;
          const m = impMean[j] ?? 0;
          const next = m + (v - m) / n;
          impN[j] = n;
          impMean[j] = next;
          impM2[j] = (impM2[j] ?? 0) + (v - m) * (v - next);
        }
      }
      const f = r.functional[at] ?? -1;
      const d = r.dysfunctional[at] ?? -1;
      if (f < 0 || d < 0) continue;
      const k = j * 25 + f * 5 + d;
      pairs[k] = (pairs[k] ?? 0) + 1;
    }
  }
  const features = r.features.map((feature, j) => {
    const tally = [0, 0, 0, 0, 0, 0];
    const fLevels = [0, 0, 0, 0, 0];
    const dLevels = [0, 0, 0, 0, 0];
    for (let f = 0; f < 5; f += 1)
      for (let d = 0; d < 5; d += 1) {
        const c = pairs[j * 25 + f * 5 + d] ?? 0;
        if (c === 0) continue;
        const k = table[f * 5 + d] ?? 5;
        tally[k] = (tally[k] ?? 0) + c;
        fLevels[f] = (fLevels[f] ?? 0) + c;
        dLevels[d] = (dLevels[d] ?? 0) + c;
      }
    const counts = emptyCounts();
    CATEGORIES.forEach((c, k) => {
      counts[c] = tally[k] ?? 0;
    });
    const n = impN[j] ?? 0;
    const importance: Spread = {
      n,
      mean: n > 0 ? impMean[j] : undefined,
      sd: n > 1 ? Math.sqrt((impM2[j] ?? 0) / (n - 1)) : undefined,
    };
    const continuous = {
      functional: spreadOfCounts(FUNCTIONAL_SCORES, fLevels),
      dysfunctional: spreadOfCounts(DYSFUNCTIONAL_SCORES, dLevels),
    };
    return analyseFeature(feature, counts, options, importance, continuous);
  });
  return { name, respondents: rows.length, small: rows.length < SMALL_SEGMENT, features };
}

/** Groups analysed between progress reports. */
export function* analyseSteps(r: Responses, options: AnalysisOptions = DEFAULT_OPTIONS): Generator<number, Analysis> {
  const table = flatCategoryIndex(options.table);
  const { kept, ...filter } = filterRespondents(r, table, options);
  const overall = group(r, kept, undefined, options, table);
  const segments: GroupAnalysis[] = [];
  if (r.segments) {
    const of = r.segments.of;
    const members = r.segments.names.map((): number[] => []);
    for (const i of kept) members[of[i] ?? -1]?.push(i);
    for (const [k, name] of r.segments.names.entries()) {
      yield (k + 1) / (r.segments.names.length + 2);
      segments.push(group(r, members[k] ?? [], name, options, table));
    }
  }
  const segmentTests = r.features.map((_, j) =>
    segments.length < 2
      ? undefined
      : chiSquareTest(segments.map((s) => CATEGORIES.map((c) => s.features[j]?.counts[c] ?? 0))),
  );
  return {
    options,
    respondents: kept.length,
    filter,
    overall,
    segments,
    segmentTests,
    hasImportance: r.importance !== undefined,
  };
}

/** Runs a generator to its end and returns its value. */
export function finish<T>(steps: Generator<number, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** The full analysis of already-read responses: per feature and per segment, with intervals and tests. */
export function analyse(r: Responses, options: AnalysisOptions = DEFAULT_OPTIONS): Analysis {
  return finish(analyseSteps(r, options));
}
