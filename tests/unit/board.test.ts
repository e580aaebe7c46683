import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presetText } from '../../src/i18n/en/trainers';
import { addGroupFiles, type FileGroups, readGroupsFile } from '../../src/lib/board/file';
import { findToolLinks } from '../../src/lib/board/links';
import {
  addLinks,
  BOARD_LIMITS,
  type BoardGroup,
  decodeBoard,
  emptyBoard,
  encodeBoard,
  readBoardJson,
  serialiseBoard,
} from '../../src/lib/board/model';
import { anxietyRows, gridPoints, kanoRows, quizScores } from '../../src/lib/board/views';
import { PRESET_IDS, presetQuery, presets } from '../../src/lib/presets';
import { serialiseProfile } from '../../src/lib/profile/file';
import { emptyOffering } from '../../src/lib/profile/model';
import type { ToolId } from '../../src/lib/tools';
import { seeded } from './seeded';

const PRESETS = presets(presetText);

const ORIGINS = ['https://cx.example.org/', 'http://localhost:4321/handbook/', 'file:///home/t/cx-spectrum/'];
const TOOLS: ToolId[] = ['spectrum-grid', 'value-quiz', 'kano', 'anxiety-gap'];

/** A chat export: each group posts its four links, among other lines, each under another origin. */
function chat(): string {
  const lines = ['[10:02] Trainer: please send your links', 'Anna: one moment…'];
  PRESET_IDS.forEach((id, g) => {
    for (const tool of TOOLS) {
      const file = ORIGINS[g]?.startsWith('file:') ? 'index.html' : '';
      lines.push(`[10:1${g}] Group ${g + 1}: ${ORIGINS[g]}tools/${tool}/${file}?${presetQuery(PRESETS[id], tool)}.`);
    }
  });
  return lines.join('\n');
}

const HOSTILE = [
  'Mallory: https://evil.example/tools/spectrum-grid/?place=%3Cscript%3Ealert(1)%3C/script%3E_5_5',
  'Mallory: https://evil.example/tools/anxiety-gap/?today.gap=1e308',
  'Mallory: https://evil.example/tools/value-quiz/?quiz-offering=X&admin=1',
].join('\n');

describe('finding tool links in pasted text', () => {
  it('finds every link under any origin or base path, the offline edition included', () => {
    const { links } = findToolLinks(chat());
    expect(links).toHaveLength(12);
    expect(links.every((l) => l.ok)).toBe(true);
    expect(links.map((l) => l.tool)).toEqual([...TOOLS, ...TOOLS, ...TOOLS]);
  });
  it('names hostile links and skips them', () => {
    const { links } = findToolLinks(HOSTILE);
    expect(links.map((l) => (l.ok ? 'ok' : l.problems.map((p) => p.code).join()))).toEqual([
      'markup',
      'bad-value',
      'unknown-key',
    ]);
  });
  it('refuses text over the size limit', () => {
    expect(findToolLinks('x'.repeat(1_000_001)).tooLong).toBe(true);
  });
  it('ignores the questionnaire pages and other addresses', () => {
    expect(findToolLinks('see /tools/kano/questionnaire/?f1=a and /tools/ and /chapters/x/').links).toEqual([]);
  });
});

describe('grouping links into a board', () => {
  it('makes one group per offering, each with all four tools, hostile links left out', () => {
    const { links } = findToolLinks(`${chat()}\n${HOSTILE}`);
    const { board, added } = addLinks(emptyBoard(), links, seeded(1));
    expect(added).toBe(12);
    expect(board.groups).toHaveLength(3);
    for (const g of board.groups) expect(Object.keys(g.tools).sort()).toEqual([...TOOLS].sort());
    expect(board.groups.map((g) => g.name)).toEqual(PRESET_IDS.map((id) => PRESETS[id].states['value-quiz'].offering));
  });
  it('ignores links pasted twice', () => {
    const { links } = findToolLinks(chat());
    const once = addLinks(emptyBoard(), links, seeded(1)).board;
    const twice = addLinks(once, links, seeded(1));
    expect(twice.board).toEqual(once);
    expect(twice.repeated).toBe(12);
  });
  it('round-trips through its address and its file', async () => {
    const board = addLinks(emptyBoard(), findToolLinks(chat()).links, seeded(1)).board;
    board.groups = board.groups.map((g, i) => (i === 0 ? { ...g, name: 'Table 1' } : g));
    const back = await decodeBoard(new URLSearchParams(encodeBoard(board).toString()));
    expect(back).toEqual({ value: board, problems: [] });
    const file = readBoardJson(JSON.parse(serialiseBoard(board)));
    expect(file).toEqual({ ok: true, board, problems: [] });
    expect(readBoardJson({ format: 'other' })).toEqual({ ok: false });
  });
  it('drops and names bad links in its address', async () => {
    const r = await decodeBoard(new URLSearchParams('g1=A&g1-quiz=evil%3D1&g1-kano=kano-feature%3DX&zzz=1'));
    expect(r.value?.groups).toEqual([{ id: '1', name: 'A', tools: { kano: 'kano-feature=X' } }]);
    expect(r.problems.map((p) => p.code)).toEqual(['bad-link', 'unknown-key']);
  });
});

describe('board views', () => {
  const board = addLinks(emptyBoard(), findToolLinks(chat()).links, seeded(1)).board;
  it('puts every group on the grid at its offering', () => {
    const p = gridPoints(board);
    expect(p.map((x) => x.group)).toEqual([0, 1, 2]);
    // The meal kit preset sits at frequency 8, complexity 4.
    expect([p[0]?.x, p[0]?.y]).toEqual([8, 4]);
  });
  it('lists quiz scores, anxiety rows and Kano verdicts for every group', () => {
    expect(quizScores(board).map((q) => q.group)).toEqual([0, 1, 2]);
    const a = anxietyRows(board);
    expect(a.map((r) => r.group)).toEqual([0, 1, 2]);
    for (const r of a) expect(r.today).toBeGreaterThanOrEqual(0);
    const k = kanoRows(board);
    expect(k.flatMap((r) => r.verdicts.filter((v) => v !== undefined))).toHaveLength(3);
  });
  it('gives quiz scores on the quiz’s own scale, whole numbers 0 to 100 (not the 1 to 5 of an answer)', () => {
    const scores = quizScores(board).flatMap((q) => Object.values(q.scores).filter((v) => v !== undefined));
    expect(scores.length).toBeGreaterThan(0);
    for (const v of scores) expect(Number.isInteger(v) && v >= 0 && v <= 100).toBe(true);
    expect(scores.some((v) => v > 5)).toBe(true);
  });
  it('marks a feature classified by two groups as shared', () => {
    const two = {
      groups: [
        { id: '1', name: 'A', tools: { kano: 'kano-feature=Pause&kano-functional=like&kano-dysfunctional=dislike' } },
        { id: '2', name: 'B', tools: { kano: 'kano-feature=pause&kano-functional=expect&kano-dysfunctional=dislike' } },
      ],
    };
    // Evaluation table: like×dislike is O, expect×dislike is M.
    expect(kanoRows(two)).toEqual([{ feature: 'Pause', verdicts: ['O', 'M'], shared: true }]);
  });
});

describe('untrusted input', () => {
  it('never throws on any pasted text or board address', async () => {
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom('/tools/kano/?', '/tools/spectrum-grid/?place=', 'g1-quiz=', '%E0%A4%A', '&', '=', '<script>'),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 12 }), async (parts) => {
        const text = parts.join('');
        const found = findToolLinks(text);
        const board = addLinks(emptyBoard(), found.links, seeded(1)).board;
        const back = await decodeBoard(new URLSearchParams(text));
        return board.groups.length <= BOARD_LIMITS.groups && (back.value?.groups.length ?? 0) <= BOARD_LIMITS.groups;
      }),
    );
  });
});

describe('board and profile files', () => {
  it('reads an offering-profile file as one group per offering', () => {
    const offering = (name: string, kano: string) => ({
      ...emptyOffering(),
      name,
      tools: { ...emptyOffering().tools, kano },
    });
    const text = serialiseProfile({
      current: 0,
      offerings: [offering('Meal kit', 'kano-feature=Pause'), offering('Bank', '')],
    });
    expect(readGroupsFile(text)).toEqual({
      ok: true,
      kind: 'profile',
      groups: [
        { id: '1', name: 'Meal kit', tools: { kano: 'kano-feature=Pause' } },
        { id: '2', name: 'Bank', tools: {} },
      ],
      problems: [],
    });
  });
  it('refuses anything else', () => {
    expect(readGroupsFile('{"hello": 1}')).toEqual({ ok: false });
    expect(readGroupsFile('not json')).toEqual({ ok: false });
    expect(readGroupsFile('{"__proto__": {"x": 1}}')).toEqual({ ok: false });
  });
});

describe('adding the groups of opened files to the board', () => {
  const group = (id: string, name = ''): BoardGroup => ({ id, name, tools: {} });
  /** `n` groups with ids g0, g1, …: the board as another tab may have filled it. */
  const groups = (n: number, prefix = 'g') =>
    Array.from({ length: n }, (_, i) => group(`${prefix}${i}`, `${prefix}${i}`));
  const read = (...gs: BoardGroup[]): FileGroups => ({ ok: true, kind: 'board', groups: gs, problems: [] });

  it('adds file after file as far as the board has room, naming every group left out by its place in its file', () => {
    // 96 groups: room for 3 of the 99. The first file (2 groups) fits, the refused one adds nothing, the third
    // (3 groups) has room for 1: its 2nd and 3rd are left out, then nothing of the fourth fits.
    const board = { groups: groups(96) };
    const out = addGroupFiles(
      board,
      [
        { name: 'a.json', got: read(group('a1', 'Ann'), group('a2', 'Bo')) },
        { name: 'bad.json', got: { ok: false } },
        { name: 'b.json', got: read(group('b1', 'Cy'), group('b2', ''), group('b3', 'Di')) },
        { name: 'c.json', got: read(group('c1', 'Ed')) },
      ],
      seeded(1),
    );
    expect(out.board.groups.map((g) => g.id)).toEqual([...board.groups.map((g) => g.id), 'a1', 'a2', 'b1']);
    expect(out.files).toEqual([
      { name: 'a.json', ok: true, added: 2, problems: [], left: [] },
      { name: 'bad.json', ok: false },
      {
        name: 'b.json',
        ok: true,
        added: 1,
        problems: [],
        left: [
          { group: group('b2', ''), at: 2 },
          { group: group('b3', 'Di'), at: 3 },
        ],
      },
      { name: 'c.json', ok: true, added: 0, problems: [], left: [{ group: group('c1', 'Ed'), at: 1 }] },
    ]);
  });

  it('keeps every group of the board it is given (another tab’s, come in while the files were read)', () => {
    const theirs = group('t1', 'From the other tab');
    const out = addGroupFiles(
      { groups: [group('m1'), theirs] },
      [{ name: 'f.json', got: read(group('t1', 'Filed')) }],
      seeded(2),
    );
    // The file's group had the id of the other tab's group: it is added beside it under a new id, never over it.
    expect(out.board.groups.slice(0, 2)).toEqual([group('m1'), theirs]);
    expect(out.board.groups).toHaveLength(3);
    expect(out.board.groups[2]?.name).toBe('Filed');
    expect(out.board.groups[2]?.id).not.toBe('t1');
  });

  it('never loses a group: each is on the board after the board’s own, or named as left out (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: BOARD_LIMITS.groups }),
        fc.array(fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }), { maxLength: 5 }),
        (start, sizes) => {
          const board = { groups: groups(start) };
          const files = sizes.map((n, f) => ({
            name: `${f}.json`,
            got: n === undefined ? ({ ok: false } as const) : read(...groups(n, `f${f}x`)),
          }));
          const out = addGroupFiles(board, files, seeded(start + 1));
          expect(out.board.groups.slice(0, start)).toEqual(board.groups);
          expect(out.board.groups.length).toBeLessThanOrEqual(BOARD_LIMITS.groups);
          // Worked out here: the files' groups in order, the first of them up to the room left, the rest left out.
          const room = BOARD_LIMITS.groups - start;
          const offered = files.flatMap((f) => (f.got.ok ? f.got.groups.map((g) => g.name) : []));
          expect(out.board.groups.slice(start).map((g) => g.name)).toEqual(offered.slice(0, room));
          expect(out.files.flatMap((f) => (f.ok ? f.left.map((l) => l.group.name) : []))).toEqual(offered.slice(room));
          out.files.forEach((f, i) => {
            expect(f.ok).toBe(sizes[i] !== undefined);
            if (f.ok) expect(f.added + f.left.length).toBe(sizes[i]);
          });
        },
      ),
    );
  });
});
