import type { BandId } from '../anxiety/bands';
import { toModelInput } from '../anxiety/inputs';
import { FACTOR_IDS, type FactorId } from '../anxiety/model';
import { summarise } from '../anxiety/summary';
import type { Category } from '../kano/table';
import { classifyPair } from '../kano/table';
import { decodeTool } from '../profile/tool-state';
import { scoreAll } from '../quiz/scoring';
import type { Source } from '../quiz/statements';
import { middle, type Span } from '../spectrum/offering';
import type { Board } from './model';

/** One group's offering on the spectrum grid: the middle of its spans, and the spans. */
export interface GridPoint {
  group: number;
  x: number;
  y: number;
  frequency: Span;
  complexity: Span;
}

/** Every group that sent a grid link, at its selected offering. */
export function gridPoints(board: Board): GridPoint[] {
  return board.groups.flatMap((g, group) => {
    const q = g.tools['spectrum-grid'];
    if (q === undefined) return [];
    const s = decodeTool('spectrum-grid', q);
    const o = s.offerings[s.selected];
    return o
      ? [{ group, x: middle(o.frequency), y: middle(o.complexity), frequency: o.frequency, complexity: o.complexity }]
      : [];
  });
}

/** One group's value-quiz scores per source; undefined where too few statements were answered. */
export interface QuizScores {
  group: number;
  scores: Record<Source, number | undefined>;
}

/** Every group that sent a quiz link, with its four scores. */
export function quizScores(board: Board): QuizScores[] {
  return board.groups.flatMap((g, group) => {
    const q = g.tools['value-quiz'];
    if (q === undefined) return [];
    const all = scoreAll(decodeTool('value-quiz', q).answers);
    const scores = Object.fromEntries(all.map((s) => [s.source, s.score])) as Record<Source, number | undefined>;
    return [{ group, scores }];
  });
}

/** One group's anxiety indices (today and after the change), bands and the factor adding most today. */
export interface AnxietyRow {
  group: number;
  today: number;
  todayBand: BandId;
  changed: number;
  changedBand: BandId;
  driver: FactorId | undefined;
}

/** Every group that sent an anxiety-gap link, with both indices and the main driver. */
export function anxietyRows(board: Board): AnxietyRow[] {
  return board.groups.flatMap((g, group) => {
    const q = g.tools['anxiety-gap'];
    if (q === undefined) return [];
    const s = decodeTool('anxiety-gap', q);
    const today = summarise(toModelInput(s.today));
    const changed = summarise(toModelInput(s.changed));
    let driver: FactorId | undefined;
    for (const id of FACTOR_IDS) {
      const v = today.exact.contributions[id];
      if (v > 0 && (driver === undefined || v > today.exact.contributions[driver])) driver = id;
    }
    return [
      { group, today: today.index, todayBand: today.band, changed: changed.index, changedBand: changed.band, driver },
    ];
  });
}

/** One feature's Kano verdict in each group (undefined where the group did not classify it). */
export interface KanoRow {
  feature: string;
  verdicts: (Category | undefined)[];
  /** Classified by two groups or more. */
  shared: boolean;
}

/** The features the groups classified, shared ones first, each with every group's verdict. */
export function kanoRows(board: Board): KanoRow[] {
  const rows = new Map<string, KanoRow>();
  board.groups.forEach((g, group) => {
    const q = g.tools.kano;
    if (q === undefined) return;
    const s = decodeTool('kano', q);
    const feature = s.feature.trim();
    if (feature === '' || s.functional === '' || s.dysfunctional === '') return;
    const key = feature.toLocaleLowerCase();
    const row = rows.get(key) ?? { feature, verdicts: board.groups.map(() => undefined), shared: false };
    row.verdicts[group] = classifyPair(s.functional, s.dysfunctional);
    row.shared = row.verdicts.filter((v) => v !== undefined).length > 1;
    rows.set(key, row);
  });
  return [...rows.values()].sort((a, b) => Number(b.shared) - Number(a.shared));
}
