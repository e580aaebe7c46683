import type { StoreFormat } from '../state/format';
import { type Board, emptyBoard, encodeBoard, readBoardText } from './model';

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
    const text = encodeBoard(board).toString();
    return text === '' ? null : text;
  },
};
