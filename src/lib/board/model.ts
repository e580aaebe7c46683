import { clip, PROFILE_TOOLS, type ProfileTool } from '../profile/model';
import { decodeTool } from '../profile/tool-state';
import { idsOnRead, isItemId, newItemId, positionId, type RandomSource } from '../state/ids';
import { ADDRESS_LIMITS, fitsAddress, isPacked, packQuery, unpackQuery } from '../state/packed';
import { readStamp } from '../state/revision';
import { escapeRegExp } from '../strings';
import { TOOL_MODELS, TOOLS } from '../tools';
import { checkLink, type FoundLink, type LinkProblem } from './links';

/** Limits of a board; its address and file readers enforce them. */
export const BOARD_LIMITS = {
  /**
   * Groups an address or a file carries (`g1` to `g99`), and links or files add to. Two tabs' boards merged
   * may hold more: the board and this browser keep them all (`g100` on), and the page names those past it.
   */
  groups: 99,
  name: 80,
  /**
   * The longest unpacked board address read (characters): what earlier versions wrote, kept so their links
   * still open. New addresses are packed and never longer than ADDRESS_LIMITS.read.
   */
  query: 60_000,
} as const;

/** Each tool's state as a query string, for the tools a group sent. */
export type BoardTools = Partial<Record<ProfileTool, string>>;

/** One group of the class: who it is (an id, kept as other groups come and go), its name (editable) and the tool states it sent. */
export interface BoardGroup {
  id: string;
  name: string;
  tools: BoardTools;
}

/** The class board: every group, in the order they were added. */
export interface Board {
  groups: BoardGroup[];
}

/** A problem met while reading a board's address or file; the i18n layer makes it a sentence. */
export interface BoardProblem {
  code:
    | 'too-long-address'
    | 'bad-packed'
    | 'saved-shown'
    | 'too-many-groups'
    | 'unknown-key'
    | 'bad-link'
    | 'not-a-board';
  key?: string;
  group?: number;
  /** The limit passed, for `too-many-groups`. */
  amount?: number;
  tool?: ProfileTool;
  problems?: LinkProblem[];
}

/** An accepted link the board had no room for: the offering name it carries ('' for none) and its tool. */
export interface LeftOut {
  name: string;
  tool: ProfileTool;
}

/** A board with no groups. */
export function emptyBoard(): Board {
  return { groups: [] };
}

/** The offering name a tool state carries (its model's `offering`: the grid's selected one, the quiz's), or ''. */
export function offeringName<K extends ProfileTool>(tool: K, query: string): string {
  const { offering } = TOOLS[tool];
  return offering ? offering(decodeTool(tool, query)) : '';
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** Joins group ids in the `gids` key. */
const ID_SEPARATOR = '.';

/** The key listing the groups' ids in order (board text version 2); version 1 has none: each group is known by its position. */
export const GROUP_IDS_KEY = 'gids';

/** A new group with an id none of `groups` has. */
function newGroup(groups: readonly BoardGroup[], random: RandomSource): BoardGroup {
  return {
    id: newItemId(
      random,
      groups.map((g) => g.id),
    ),
    name: '',
    tools: {},
  };
}

/**
 * Groups to add after `board`'s own (read from a file): each keeps its id unless the board, or a group
 * before it, already has that id; then it gets a new one, so no two groups are ever taken for one.
 */
export function appendGroups(board: Board, groups: readonly BoardGroup[], random: RandomSource): Board {
  const out = [...board.groups];
  for (const g of groups) {
    const taken = out.some((x) => x.id === g.id) || !isItemId(g.id);
    out.push(taken ? { ...g, id: newGroup(out, random).id } : g);
  }
  return { groups: out };
}

/**
 * `board` with the groups of `before` named by `ids` put back where they stood (after the nearest group
 * before them that is still there): what undo gives back. Groups the board still has are left as they are,
 * so undoing a removal never takes back what another tab changed meanwhile.
 */
export function restoreGroups(board: Board, before: Board, ids: readonly string[]): Board {
  let groups = [...board.groups];
  before.groups.forEach((g, j) => {
    if (!ids.includes(g.id) || groups.some((x) => x.id === g.id)) return;
    const prev = before.groups
      .slice(0, j)
      .reverse()
      .find((p) => groups.some((x) => x.id === p.id));
    const at = prev ? groups.findIndex((x) => x.id === prev.id) + 1 : 0;
    groups = [...groups.slice(0, at), g, ...groups.slice(at)];
  });
  return { groups };
}

/**
 * Adds accepted links to a board, in text order. A link with an offering name joins the group of that
 * name; otherwise it joins the group the previous link went to, unless that group already has this
 * tool: then a new group starts. So "each group pastes its four links in turn" needs no labels.
 */
export function addLinks(
  board: Board,
  links: readonly FoundLink[],
  random: RandomSource,
): { board: Board; added: number; repeated: number; left: LeftOut[] } {
  const groups = board.groups.map((g) => ({ id: g.id, name: g.name, tools: { ...g.tools } }));
  let current: BoardGroup | undefined;
  let added = 0;
  let repeated = 0;
  const left: LeftOut[] = [];
  for (const link of links) {
    if (!link.ok) continue;
    const name = clip(offeringName(link.tool, link.query), BOARD_LIMITS.name);
    const named = name === '' ? undefined : groups.find((g) => same(g.name, name));
    let target: BoardGroup | undefined;
    if (named && named.tools[link.tool] === link.query) {
      repeated += 1;
      current = named;
      continue;
    }
    if (named && named.tools[link.tool] === undefined) target = named;
    else if (
      current &&
      current.tools[link.tool] === undefined &&
      (name === '' || current.name === '' || same(current.name, name))
    )
      target = current;
    if (!target) {
      if (groups.some((g) => Object.entries(g.tools).some(([t, q]) => t === link.tool && q === link.query))) {
        repeated += 1;
        continue;
      }
      if (groups.length >= BOARD_LIMITS.groups) {
        // A link without a name belongs with the named one before it, as it would have on the board.
        const leftName = name !== '' ? name : (left.at(-1)?.name ?? '');
        left.push({ name: leftName, tool: link.tool });
        current = undefined;
        continue;
      }
      target = newGroup(groups, random);
      groups.push(target);
    }
    if (target.name === '' && name !== '') target.name = name;
    target.tools[link.tool] = link.query;
    current = target;
    added += 1;
  }
  return { board: { groups }, added, repeated, left };
}

/** Short URL suffixes of the tools in a board address (each model's `short`): `g1-grid`, `g1-quiz` and so on. */
export const TOOL_SUFFIX = Object.fromEntries(TOOL_MODELS.map((m) => [m.id, m.short])) as Record<ProfileTool, string>;

/** A board key: `g1` (the group's name) or `g1-<suffix>` (a tool's state); an address holds groups 1 to 99, this browser's copy more. */
const GROUP_KEY = new RegExp(`^g([1-9]\\d{0,3})(?:-(${TOOL_MODELS.map((m) => escapeRegExp(m.short)).join('|')}))?$`);

/**
 * The board as an address query: `g1=Name`, then each tool's state under `g1-grid` and the like; last
 * `gids` (text version 2), the groups' ids in order, left out when every id is the group's position,
 * so a board that never had a group added or removed writes the same text as before ids. At most
 * `limit` groups, the first: an address holds BOARD_LIMITS.groups; what this browser keeps, every one.
 */
export function encodeBoard(board: Board, limit: number = BOARD_LIMITS.groups): URLSearchParams {
  const p = new URLSearchParams();
  const groups = board.groups.slice(0, limit);
  groups.forEach((g, i) => {
    p.set(`g${i + 1}`, g.name);
    for (const tool of PROFILE_TOOLS) {
      const q = g.tools[tool];
      if (q !== undefined) p.set(`g${i + 1}-${TOOL_SUFFIX[tool]}`, q);
    }
  });
  if (groups.some((g, i) => g.id !== positionId(i))) p.set(GROUP_IDS_KEY, groups.map((g) => g.id).join(ID_SEPARATOR));
  return p;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** A group name from untrusted text: one line, cut to the limit. */
export function cleanName(raw: string): string {
  return clip(raw.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim(), BOARD_LIMITS.name);
}

/**
 * Reads a board from its address, packed or not; every link is checked by its tool's codec, bad ones
 * dropped and named. An address it cannot read at all gives no board (`value` undefined) and says why.
 */
export async function decodeBoard(
  params: URLSearchParams,
  ignore: readonly string[] = ['present'],
): Promise<{
  value: Board | undefined;
  problems: BoardProblem[];
}> {
  const query = params.toString();
  const unpacked = await unpackQuery(query);
  if (!unpacked.ok) return { value: undefined, problems: [{ code: unpacked.problem }] };
  if (!unpacked.packed && query.length > BOARD_LIMITS.query) {
    return { value: undefined, problems: [{ code: 'too-long-address' }] };
  }
  return readBoardParams(unpacked.packed ? new URLSearchParams(unpacked.query) : params, ignore);
}

/** Reads a board from its saved query, of any length, its revision stamp (if any) set aside (what the board saved, it reads back). */
export async function readSavedBoard(saved: string): Promise<{ value: Board | undefined; problems: BoardProblem[] }> {
  const unpacked = await unpackQuery(readStamp(saved).raw);
  if (!unpacked.ok) return { value: undefined, problems: [{ code: unpacked.problem }] };
  return readBoardParams(new URLSearchParams(unpacked.query), undefined, Number.POSITIVE_INFINITY);
}

/**
 * Reads a board from saved text that is not packed, as this page writes it today (synchronously, for
 * merging another tab's save); packed text, as older pages saved it, needs `readSavedBoard`.
 */
export function readBoardText(text: string): { value: Board | undefined; problems: BoardProblem[] } {
  if (isPacked(text)) return { value: undefined, problems: [{ code: 'bad-packed' }] };
  return readBoardParams(new URLSearchParams(text), undefined, Number.POSITIVE_INFINITY);
}

/**
 * Reads a board from its keys and values; every link is checked by its tool's codec, bad ones dropped and
 * named. Groups past `limit` (an address's, unless the text is what this browser kept) are named, not read.
 */
function readBoardParams(
  params: URLSearchParams,
  ignore: readonly string[] = ['present'],
  limit: number = BOARD_LIMITS.groups,
): { value: Board; problems: BoardProblem[] } {
  const problems: BoardProblem[] = [];
  const byIndex = new Map<number, Omit<BoardGroup, 'id'>>();
  let ids: string[] | undefined;
  for (const [key, raw] of params) {
    if (ignore.includes(key)) continue;
    if (key === GROUP_IDS_KEY) {
      ids = raw.split(ID_SEPARATOR);
      continue;
    }
    const m = GROUP_KEY.exec(key);
    if (!m) {
      problems.push({ code: 'unknown-key', key: clip(key, 40) });
      continue;
    }
    const n = Number(m[1]);
    if (n > limit) {
      problems.push({ code: 'too-many-groups', key, amount: BOARD_LIMITS.groups });
      continue;
    }
    const group = byIndex.get(n) ?? { name: '', tools: {} };
    byIndex.set(n, group);
    const suffix = m[2];
    if (suffix === undefined) {
      group.name = cleanName(raw);
      continue;
    }
    const tool = PROFILE_TOOLS.find((t) => TOOL_SUFFIX[t] === suffix);
    if (!tool) continue;
    const checked = checkLink(tool, raw);
    if (checked.ok) group.tools[tool] = checked.query;
    else problems.push({ code: 'bad-link', key, group: n, tool, problems: checked.problems });
  }
  const read = [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, g]) => g);
  // Version 1 text (no ids, or ids that do not fit the groups): each group is known by its position.
  const given = idsOnRead(ids, read.length);
  return { value: { groups: read.map((g, i) => ({ id: given[i] ?? positionId(i), ...g })) }, problems };
}

/** The groups an address cannot hold: those past BOARD_LIMITS.groups (only a merge of two tabs' boards makes them). */
export function pastAddress(board: Board): BoardGroup[] {
  return board.groups.slice(BOARD_LIMITS.groups);
}

/**
 * The board to open from an address, given the board this browser kept: the kept one when the address is
 * that board's own, cut at the address's limit (the page wrote it), so the groups past it are never dropped.
 */
export function boardToOpen(fromAddress: Board, kept: Board | undefined): Board {
  if (!kept || pastAddress(kept).length === 0) return fromAddress;
  return encodeBoard(kept).toString() === encodeBoard(fromAddress).toString() ? kept : fromAddress;
}

/** A board key holding a tool's state (a query in its own right), which a packed address keeps as entries. */
const isToolKey = (key: string) => key.includes('-');

/**
 * The board's address query, packed past ADDRESS_LIMITS.write; `ok: false` (with the length it would have)
 * when even packed it is longer than the board reads back, so the page offers the file instead.
 */
export async function boardAddress(board: Board): Promise<{ ok: true; query: string } | { ok: false; length: number }> {
  const query = await packQuery(encodeBoard(board).toString(), ADDRESS_LIMITS.write, isToolKey);
  return fitsAddress(query) ? { ok: true, query } : { ok: false, length: query.length };
}

/** What a board file says it is. */
export const BOARD_FORMAT = 'cx-spectrum-board';

/** The board file's version: 2 gives every group its id; version 1 files (without) still read, by position. */
export const BOARD_FILE_VERSION = 2;

/** The board as a JSON file's text. */
export function serialiseBoard(board: Board): string {
  return `${JSON.stringify({ format: BOARD_FORMAT, version: BOARD_FILE_VERSION, groups: board.groups }, null, 2)}\n`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads a board file's parsed JSON: each group through the same checks as its address. */
export function readBoardJson(value: unknown): { ok: true; board: Board; problems: BoardProblem[] } | { ok: false } {
  if (!isRecord(value) || value['format'] !== BOARD_FORMAT || !Array.isArray(value['groups'])) return { ok: false };
  const p = new URLSearchParams();
  const over: BoardProblem[] = value['groups'].slice(BOARD_LIMITS.groups).map((g: unknown, i) => ({
    code: 'too-many-groups',
    amount: BOARD_LIMITS.groups,
    key: isRecord(g) && typeof g['name'] === 'string' ? cleanName(g['name']) : `${BOARD_LIMITS.groups + i + 1}`,
  }));
  const kept = value['groups'].slice(0, BOARD_LIMITS.groups);
  const ids = kept.map((g: unknown) => (isRecord(g) ? g['id'] : undefined));
  if (ids.every(isItemId)) p.set(GROUP_IDS_KEY, ids.join(ID_SEPARATOR));
  kept.forEach((g: unknown, i) => {
    if (!isRecord(g)) return;
    p.set(`g${i + 1}`, typeof g['name'] === 'string' ? g['name'] : '');
    const tools = g['tools'];
    if (!isRecord(tools)) return;
    for (const tool of PROFILE_TOOLS) {
      const q = tools[tool];
      if (typeof q === 'string') p.set(`g${i + 1}-${TOOL_SUFFIX[tool]}`, q);
    }
  });
  const decoded = readBoardParams(p);
  return { ok: true, board: decoded.value, problems: [...decoded.problems, ...over] };
}
