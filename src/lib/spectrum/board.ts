import type { Board } from '../board/model';
import { sentStates } from '../board/sent';
import { middle, type Span } from './offering';
import { spectrumTool } from './tool';

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
  return sentStates(board, spectrumTool).flatMap(({ group, state }) => {
    const o = state.offerings[state.selected];
    return o
      ? [{ group, x: middle(o.frequency), y: middle(o.complexity), frequency: o.frequency, complexity: o.complexity }]
      : [];
  });
}
