import { decodeQuery } from '../state/codec';
import type { ToolModel } from '../tool-model';
import type { ToolId } from '../tools';
import type { Board } from './model';

/** What one group sent of one tool: the group's 0-based index and the tool's state, decoded. */
export interface SentState<S> {
  group: number;
  state: S;
}

/** Every group that sent a tool, in board order, each state decoded by the tool's own codec; never throws. */
export function sentStates<S>(board: Board, tool: ToolModel<ToolId, S>): SentState<S>[] {
  return board.groups.flatMap((g, group) => {
    const query = g.tools[tool.id];
    return query === undefined ? [] : [{ group, state: decodeQuery(tool.codec, query) }];
  });
}
