import { readProfileFile } from '../profile/file';
import { guardedParse } from '../profile/json-guard';
import { PROFILE_TOOLS } from '../profile/model';
import { idsOnRead, type RandomSource } from '../state/ids';
import {
  appendGroups,
  BOARD_LIMITS,
  type Board,
  type BoardGroup,
  type BoardProblem,
  cleanName,
  readBoardJson,
} from './model';

/** Files larger than this are not read (a full board file is far smaller). */
export const MAX_BOARD_FILE = 600_000;

/** Groups read from a dropped file, or why none could be. */
export type FileGroups =
  | { ok: true; kind: 'board' | 'profile'; groups: BoardGroup[]; problems: BoardProblem[] }
  | { ok: false };

/** Reads a class-board file, or an offering-profile file (one group per offering); never throws. */
export function readGroupsFile(text: string): FileGroups {
  if (text.length > MAX_BOARD_FILE) return { ok: false };
  const parsed = guardedParse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  if (parsed.ok) {
    const board = readBoardJson(parsed.value);
    if (board.ok) return { ok: true, kind: 'board', groups: board.board.groups, problems: board.problems };
  }
  const profile = readProfileFile(text);
  if (!profile.ok) return { ok: false };
  const { offerings } = profile.profile;
  // Each offering's id becomes its group's (the board gives a new one to any it already has).
  const ids = idsOnRead(
    offerings.map((o) => o.id),
    offerings.length,
  );
  const groups = offerings.map((o, i): BoardGroup => {
    const tools: BoardGroup['tools'] = {};
    for (const tool of PROFILE_TOOLS) if (o.tools[tool] !== '') tools[tool] = o.tools[tool];
    return { id: ids[i] ?? String(i + 1), name: cleanName(o.name), tools };
  });
  return { ok: true, kind: 'profile', groups, problems: [] };
}

/** What one file added to the board: refused, or how many of its groups were added, its problems, and the groups left out (with their place in the file, from 1). */
export type FileAdded =
  | { name: string; ok: false }
  | { name: string; ok: true; added: number; problems: BoardProblem[]; left: { group: BoardGroup; at: number }[] };

/**
 * Adds the groups read from files to `board`, file after file, as far as the board has room: a
 * pure step, so the page applies it to the board as it is when the files have been read (another
 * tab's groups that came in meanwhile stay). Every group is either added or named as left out.
 */
export function addGroupFiles(
  board: Board,
  files: readonly { name: string; got: FileGroups }[],
  random: RandomSource,
): { board: Board; files: FileAdded[] } {
  let next = board;
  const out: FileAdded[] = [];
  for (const { name, got } of files) {
    if (!got.ok) {
      out.push({ name, ok: false });
      continue;
    }
    const room = Math.max(0, BOARD_LIMITS.groups - next.groups.length);
    next = appendGroups(next, got.groups.slice(0, room), random);
    out.push({
      name,
      ok: true,
      added: Math.min(room, got.groups.length),
      problems: got.problems,
      left: got.groups.slice(room).map((group, i) => ({ group, at: room + i + 1 })),
    });
  }
  return { board: next, files: out };
}
