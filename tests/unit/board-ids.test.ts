import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readGroupsFile } from '../../src/lib/board/file';
import {
  appendGroups,
  type Board,
  type BoardGroup,
  boardAddress,
  boardToOpen,
  decodeBoard,
  emptyBoard,
  encodeBoard,
  pastAddress,
  readBoardJson,
  readBoardText,
  readSavedBoard,
  restoreGroups,
  serialiseBoard,
} from '../../src/lib/board/model';
import { boardFormat, groupsAt } from '../../src/lib/board/stored';
import { restorePaths } from '../../src/lib/state/merge';
import { lostEdits, planSave, type Snapshot, takeIncoming } from '../../src/lib/state/sync';
import { seeded } from './seeded';

// Issue 26: board groups keep who they are, in the board's text and file, and two tabs' boards merge group by group.

const DIR = join(__dirname, '..', 'fixtures', 'board');
const fixture = (name: string) => readFileSync(join(DIR, name), 'utf8');

const PAUSE = 'kano-feature=Pause&kano-functional=like&kano-dysfunctional=dislike';
const BANK = 'place=Bank_3_3';
const GAP = 'today.gap=5&today.gap-unit=day';

describe('the board’s saved formats, old and new', () => {
  it('text version 1 (no ids): each group known by its position, written back unchanged', () => {
    const text = fixture('cx-class-board.v1.txt');
    const read = readBoardText(text);
    expect(read.problems).toEqual([]);
    expect(read.value).toEqual({
      groups: [
        { id: '1', name: 'Meal kit', tools: { kano: PAUSE } },
        { id: '2', name: 'Bank', tools: { 'spectrum-grid': BANK } },
        { id: '3', name: 'Gym', tools: {} },
      ],
    });
    expect(read.value && encodeBoard(read.value).toString()).toBe(text);
  });
  it('text version 2: the groups’ ids from `gids`, written back unchanged', () => {
    const text = fixture('cx-class-board.v2.txt');
    const read = readBoardText(text);
    expect(read.problems).toEqual([]);
    expect(read.value).toEqual({
      groups: [
        { id: '1', name: 'Meal kit', tools: { kano: PAUSE } },
        { id: '3', name: 'Gym', tools: {} },
        { id: 'k3f9', name: 'Café', tools: { 'anxiety-gap': GAP } },
      ],
    });
    expect(read.value && encodeBoard(read.value).toString()).toBe(text);
  });
  it('ids that do not fit the groups (too few, repeated, unsafe) give way to positions', () => {
    for (const gids of ['1', 'a.a', 'a.b!', 'a..b']) {
      const read = readBoardText(`g1=A&g2=B&gids=${encodeURIComponent(gids)}`);
      expect(read.value?.groups.map((g) => g.id)).toEqual(['1', '2']);
      expect(read.problems).toEqual([]);
    }
  });
  it('board file version 1 (no ids): groups by position', () => {
    const read = readBoardJson(JSON.parse(fixture('class-board.file-v1.json')));
    expect(read).toEqual({
      ok: true,
      board: {
        groups: [
          { id: '1', name: 'Meal kit', tools: { kano: PAUSE } },
          { id: '2', name: 'Bank', tools: { 'spectrum-grid': BANK } },
        ],
      },
      problems: [],
    });
  });
  it('board file version 2: every group’s id, and the file written today is that text', () => {
    const text = fixture('class-board.file-v2.json');
    const read = readBoardJson(JSON.parse(text));
    const board: Board = {
      groups: [
        { id: '1', name: 'Meal kit', tools: { kano: PAUSE } },
        { id: 'k3f9', name: 'Café', tools: { 'anxiety-gap': GAP } },
      ],
    };
    expect(read).toEqual({ ok: true, board, problems: [] });
    expect(serialiseBoard(board)).toBe(text);
    expect(readGroupsFile(text)).toEqual({ ok: true, kind: 'board', groups: board.groups, problems: [] });
  });
});

describe('groups by id', () => {
  const a: BoardGroup = { id: '1', name: 'A', tools: {} };
  const b: BoardGroup = { id: 'k3f9', name: 'B', tools: {} };
  const c: BoardGroup = { id: 'x2', name: 'C', tools: {} };
  it('a file’s groups keep their ids unless the board has them, then get new ones', () => {
    const out = appendGroups(
      { groups: [a] },
      [{ ...b }, { ...a, name: 'A again' }, { ...b, name: 'B again' }],
      seeded(3),
    );
    expect(out.groups.map((g) => g.name)).toEqual(['A', 'B', 'A again', 'B again']);
    expect(out.groups[1]?.id).toBe('k3f9');
    expect(new Set(out.groups.map((g) => g.id)).size).toBe(4);
  });
  it('undo puts a removed group back where it stood, beside what another tab did meanwhile', () => {
    const before = { groups: [a, b, c] };
    // Here B was removed; another tab then renamed C and added D.
    const now = { groups: [a, { ...c, name: 'C2' }, { id: 'd', name: 'D', tools: {} }] };
    expect(restoreGroups(now, before, ['k3f9']).groups.map((g) => g.name)).toEqual(['A', 'B', 'C2', 'D']);
    // Clearing the board, undone after another tab added D: every group is back, D kept.
    expect(
      restoreGroups({ groups: [now.groups[2] as BoardGroup] }, before, ['1', 'k3f9', 'x2']).groups.map((g) => g.name),
    ).toEqual(['A', 'B', 'C', 'D']);
  });
});

/** What this tab last saw saved, as the page keeps it. */
const snapshot = (board: Board): Snapshot<Board> => ({ raw: boardFormat.write(board), value: board });

describe('two tabs’ boards merge by group id, worked by hand', () => {
  const base: Board = readBoardText(fixture('cx-class-board.v1.txt')).value ?? { groups: [] };
  it('one tab removes the first group while the other renames the second and adds one: all three changes stand', () => {
    const ours: Board = { groups: base.groups.slice(1) };
    const theirs: Board = {
      groups: [
        ...base.groups.map((g) => (g.id === '2' ? { ...g, name: 'Bank two' } : g)),
        { id: 'n3w', name: 'New', tools: {} },
      ],
    };
    const got = takeIncoming(boardFormat, snapshot(base), ours, boardFormat.write(theirs));
    expect(got?.value.groups.map((g) => [g.id, g.name])).toEqual([
      ['2', 'Bank two'],
      ['3', 'Gym'],
      ['n3w', 'New'],
    ]);
    expect(got?.conflicts).toEqual([]);
    // The same when this tab saves before it heard the other's save.
    const plan = planSave(boardFormat, snapshot(base), ours, boardFormat.write(theirs));
    expect(plan.value).toEqual(got?.value);
    expect(plan.write).toBe(true);
  });
});

/** An edit a tab makes to its board. */
type Edit = { kind: 'remove' | 'rename'; at: number; name: string } | { kind: 'add'; name: string };

const name = fc.stringMatching(/^[A-Za-z]{0,5}$/);
const tools = fc.constantFrom({}, { kano: PAUSE }, { 'spectrum-grid': BANK }, { 'anxiety-gap': GAP, kano: PAUSE });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constantFrom('remove' as const, 'rename' as const), at: fc.nat(), name }),
  fc.record({ kind: fc.constant('add' as const), name }),
);
/** A board as read back: ids by position (text version 1) or made ids (version 2). */
const board: fc.Arbitrary<Board> = fc
  .tuple(
    fc.array(fc.record({ name, tools }), { maxLength: 8 }),
    fc.boolean(),
    fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9]{3}$/), { minLength: 8, maxLength: 8 }),
  )
  .map(([groups, byPosition, ids]) => ({
    groups: groups.map((g, i) => ({ id: byPosition ? String(i + 1) : (ids[i] ?? 'zzzz'), ...g })),
  }));

/** A tab's board after its edits; a group it adds gets an id no other tab makes (`side` starts it). */
function apply(b: Board, edits: readonly Edit[], side: string): Board {
  let groups = [...b.groups];
  edits.forEach((e, n) => {
    if (e.kind === 'add') groups.push({ id: `${side}${n}`, name: e.name, tools: {} });
    else if (groups.length > 0) {
      const at = e.at % groups.length;
      if (e.kind === 'remove') groups = groups.filter((_, i) => i !== at);
      else groups = groups.map((g, i) => (i === at ? { ...g, name: e.name } : g));
    }
  });
  return { groups };
}

describe('merge by id, properties', () => {
  it('never loses a group only one side changed, added or kept, nor brings back one only one side removed', () => {
    fc.assert(
      fc.property(board, fc.array(edit, { maxLength: 5 }), fc.array(edit, { maxLength: 5 }), (b, e1, e2) => {
        const ours = apply(b, e1, 'o');
        const theirs = apply(b, e2, 't');
        const got = takeIncoming(boardFormat, snapshot(b), ours, boardFormat.write(theirs));
        expect(got).not.toBeNull();
        const merged = new Map(got?.value.groups.map((g) => [g.id, g]));
        const inBase = new Map(b.groups.map((g) => [g.id, g]));
        const side = (board: Board) => new Map(board.groups.map((g) => [g.id, g]));
        const o = side(ours);
        const t = side(theirs);
        for (const id of new Set([...inBase.keys(), ...o.keys(), ...t.keys()])) {
          const was = inBase.get(id);
          const mine = o.get(id);
          const other = t.get(id);
          const sameAs = (x: BoardGroup | undefined, y: BoardGroup | undefined) =>
            JSON.stringify(x) === JSON.stringify(y);
          if (sameAs(mine, was))
            expect(merged.get(id)).toEqual(other); // only theirs changed (or neither)
          else if (sameAs(other, was)) expect(merged.get(id)).toEqual(mine); // only ours changed
        }
        // Every group in the merge is one a side has, and no id is taken twice.
        expect(merged.size).toBe(got?.value.groups.length);
        // The merged board reads back from its own text with every id.
        const text = boardFormat.write(got?.value ?? { groups: [] });
        expect(readBoardText(text ?? '').value).toEqual(got?.value);
      }),
      { numRuns: 300 },
    );
  });
});

describe('two tabs rename the same group: revisions, worked by hand', () => {
  // Both tabs start from the same saved board, stamped with revision r0.
  const start: Board = {
    groups: [
      { id: 'aa', name: 'Meal kit', tools: { kano: PAUSE } },
      { id: 'bb', name: 'Bank', tools: {} },
    ],
  };
  const named = (name: string): Board => ({ groups: [start.groups[0] as BoardGroup, { id: 'bb', name, tools: {} }] });
  const r0 = planSave(boardFormat, { raw: null, value: { groups: [] } }, start, null, {
    log: new Map(),
    mine: { time: 1, id: 'r0' },
    next: 'r0',
  });
  const base0: Snapshot<Board> = r0.base;
  const log = new Map([['r0', start]]);

  it('the saved text carries its revision, and the board reads back from it', async () => {
    expect(r0.raw).toBe(`_rev=r0.-.1&g1=Meal+kit&g1-kano=${encodeURIComponent(PAUSE)}&g2=Bank&gids=aa.bb`);
    expect(boardFormat.read(r0.base.raw ?? '')).toEqual({ ok: true, value: start, notices: [] });
    // The page's first read of its saved board sets the stamp aside (no "unknown key" problem named).
    expect(await readSavedBoard(r0.raw ?? '')).toEqual({ value: start, problems: [] });
  });

  it('both save without hearing each other: the later rename wins in both tabs, the earlier is offered back', () => {
    // Tab A renames at t=100 and saves first; tab B renamed at t=200 and its save lands on top (it had not heard A).
    const a = planSave(boardFormat, base0, named('Red'), r0.raw, { log, mine: { time: 100, id: 'ra' }, next: 'ra' });
    expect(a.write).toBe(true);
    const b = planSave(boardFormat, base0, named('Blue'), r0.raw, { log, mine: { time: 200, id: 'rb' }, next: 'rb' });
    // Tab A hears B's save: B's rename is later, so it is taken, and A's name is what undo offers back.
    const inA = takeIncoming(boardFormat, a.base, named('Red'), b.raw, {
      log: new Map([...log, ['ra', named('Red')]]),
      mine: { time: 100, id: 'ra' },
    });
    expect(inA?.value).toEqual(named('Blue'));
    expect(inA?.kept).toBe('theirs');
    expect(inA?.conflicts).toEqual([['groups', 'bb', 'name']]);
    const lost = lostEdits(named('Red'), named('Blue'), inA?.conflicts ?? [], [['groups', 'bb', 'name']]);
    expect(lost).toEqual([['groups', 'bb', 'name']]);
    expect(groupsAt(named('Red'), lost).map((g) => g.name)).toEqual(['Red']);
    expect(restorePaths(named('Blue'), named('Red'), lost)).toEqual(named('Red'));
    // Had B heard A's save instead (A's text last in storage), B keeps its own later rename and saves it again.
    const inB = takeIncoming(boardFormat, b.base, named('Blue'), a.raw, { log, mine: { time: 200, id: 'rb' } });
    expect(inB?.value).toEqual(named('Blue'));
    expect(inB?.kept).toBe('ours');
    expect(inB?.rewrite).toBe(true);
  });

  it('a save that finds the other tab’s later rename in storage takes it and offers its own back', () => {
    const b = planSave(boardFormat, base0, named('Blue'), r0.raw, { log, mine: { time: 200, id: 'rb' }, next: 'rb' });
    const a = planSave(boardFormat, base0, named('Red'), b.raw, { log, mine: { time: 100, id: 'ra' }, next: 'ra' });
    expect(a.value).toEqual(named('Blue'));
    expect(a.kept).toBe('theirs');
    expect(lostEdits(named('Red'), a.value, a.conflicts, [])).toEqual([['groups', 'bb', 'name']]);
  });

  it('renames of different groups in the two tabs both stand', () => {
    const other: Board = {
      groups: [{ ...(start.groups[0] as BoardGroup), name: 'Kit' }, start.groups[1] as BoardGroup],
    };
    const b = planSave(boardFormat, base0, other, r0.raw, { log, mine: { time: 200, id: 'rb' }, next: 'rb' });
    const a = planSave(boardFormat, base0, named('Red'), b.raw, { log, mine: { time: 100, id: 'ra' }, next: 'ra' });
    expect(a.value.groups.map((g) => g.name)).toEqual(['Kit', 'Red']);
    expect(a.conflicts).toEqual([]);
  });
});

describe('two tabs’ boards merged past the address’s 99 groups: none dropped, those past it named', () => {
  // Both tabs start from one shared group; tab A adds 60 groups (Cyrillic names), tab B 60 (Chinese), unheard.
  const shared: BoardGroup = { id: 'zz', name: 'Shared', tools: { kano: PAUSE } };
  const many = (prefix: string, name: (i: number) => string): BoardGroup[] =>
    Array.from({ length: 60 }, (_, i) => ({ id: `${prefix}${i}`, name: name(i), tools: { 'spectrum-grid': BANK } }));
  const start: Board = { groups: [shared] };
  const boardA: Board = { groups: [shared, ...many('a', (i) => `Группа номер ${i + 1}`)] };
  const boardB: Board = { groups: [shared, ...many('b', (i) => `第${i + 1}小组的产品`)] };
  const base: Snapshot<Board> = { raw: boardFormat.write(start), value: start };

  it('the merged board, 121 groups, is kept whole in this browser and read back whole', async () => {
    const a = planSave(boardFormat, base, boardA, base.raw);
    const b = planSave(boardFormat, base, boardB, a.raw);
    // 1 shared + 60 + 60, counted: B's own first (its save), then A's.
    expect(b.value.groups).toHaveLength(121);
    expect(b.value.groups.slice(61).map((g) => g.id)).toEqual(boardA.groups.slice(1).map((g) => g.id));
    expect(readBoardText(b.raw ?? '').value).toEqual(b.value);
    expect((await readSavedBoard(b.raw ?? '')).value).toEqual(b.value);
    // Tab A hears B's save: it shows all 121 too.
    expect(takeIncoming(boardFormat, a.base, boardA, b.raw)?.value.groups).toHaveLength(121);
  });

  it('the address holds the first 99; the 22 past it are named; the address this page wrote opens the whole board', async () => {
    const merged = planSave(boardFormat, base, boardB, planSave(boardFormat, base, boardA, base.raw).raw).value;
    const past = pastAddress(merged);
    expect(past.map((g) => g.name)).toEqual(boardA.groups.slice(39).map((g) => g.name));
    expect(past).toHaveLength(22);
    const address = await boardAddress(merged);
    expect(address.ok).toBe(true);
    const read = await decodeBoard(new URLSearchParams(address.ok ? address.query : ''));
    expect(read.problems).toEqual([]);
    expect(read.value?.groups).toEqual(merged.groups.slice(0, 99));
    // A reload: the address is this board's own, so the board kept in this browser opens, all 121 groups.
    expect(boardToOpen(read.value ?? emptyBoard(), merged)).toBe(merged);
    // A link to another board opens that board, and a board within the limit opens from its address as before.
    const other: Board = { groups: [{ id: 'qq', name: 'Other', tools: {} }] };
    expect(boardToOpen(other, merged)).toBe(other);
    expect(boardToOpen(other, boardA)).toBe(other);
  });
});
