import type { StoreFormat } from '../state/format';
import type { DataPath } from '../state/merge';
import { type Board, type BoardGroup, emptyBoard, encodeBoard, readBoardText } from './model';

/**
 * The class board as this browser keeps it, for merging with what another tab saved: the address
 * query (text version 2 with the groups' ids; version 1 without, read by position). Groups are matched
 * by id, so two tabs adding or removing different groups keep both changes. The key is the board's
 * own (`cx-class-board`), not a versioned tool key; `name` and `version` only describe the text.
 */
export const boardFormat: StoreFormat<Board> = {
  name: 'class-board',
  version: 2,
  defaults: emptyBoard,
  read: (raw) => {
    const read = readBoardText(raw);
    return read.value
      ? { ok: true, value: read.value, notices: [] }
      : { ok: false, problems: read.problems.map((p) => ({ code: p.code })) };
  },
  write: (board) => {
    // Every group, past the address's limit too: a merge of two tabs' boards may hold more, and none is dropped.
    const text = encodeBoard(board, Number.POSITIVE_INFINITY).toString();
    return text === '' ? null : text;
  },
};

/**
 * The groups (as `board` has them) that paths into the board lie in, each once, in board order: for naming
 * the groups where another tab's later edit replaced this tab's. Paths into groups `board` lacks are skipped.
 */
export function groupsAt(board: Board, paths: readonly DataPath[]): BoardGroup[] {
  const ids = new Set(paths.filter((p) => p[0] === 'groups').map((p) => p[1]));
  return board.groups.filter((g) => ids.has(g.id));
}
