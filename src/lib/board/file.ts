import { readProfileFile } from '../profile/file';
import { guardedParse } from '../profile/json-guard';
import { PROFILE_TOOLS } from '../profile/model';
import { idsOnRead } from '../state/ids';
import { type BoardGroup, type BoardProblem, cleanName, readBoardJson } from './model';

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
