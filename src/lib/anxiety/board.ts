import type { Board } from '../board/model';
import { sentStates } from '../board/sent';
import type { BandId } from './bands';
import { toModelInput } from './inputs';
import { FACTOR_IDS, type FactorId } from './model';
import { summarise } from './summary';
import { anxietyTool } from './tool';

/** One group's anxiety indices (today and after the change), bands and the factor adding most today. */
export interface AnxietyRow {
  group: number;
  today: number;
  todayBand: BandId;
  changed: number;
  changedBand: BandId;
  driver: FactorId | undefined;
}

/** Every group that sent the calculator's link, with both indices and the main driver. */
export function anxietyRows(board: Board): AnxietyRow[] {
  return sentStates(board, anxietyTool).map(({ group, state }) => {
    const today = summarise(toModelInput(state.today));
    const changed = summarise(toModelInput(state.changed));
    let driver: FactorId | undefined;
    for (const id of FACTOR_IDS) {
      const v = today.exact.contributions[id];
      if (v > 0 && (driver === undefined || v > today.exact.contributions[driver])) driver = id;
    }
    return {
      group,
      today: today.index,
      todayBand: today.band,
      changed: changed.index,
      changedBand: changed.band,
      driver,
    };
  });
}
