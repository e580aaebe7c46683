import type { Board } from '../board/model';
import { sentStates } from '../board/sent';
import { type Category, classifyPair } from './table';
import { kanoTool } from './tool';

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
  for (const { group, state: s } of sentStates(board, kanoTool)) {
    const feature = s.feature.trim();
    if (feature === '' || s.functional === '' || s.dysfunctional === '') continue;
    const key = feature.toLocaleLowerCase();
    const row = rows.get(key) ?? { feature, verdicts: board.groups.map(() => undefined), shared: false };
    row.verdicts[group] = classifyPair(s.functional, s.dysfunctional);
    row.shared = row.verdicts.filter((v) => v !== undefined).length > 1;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => Number(b.shared) - Number(a.shared));
}
