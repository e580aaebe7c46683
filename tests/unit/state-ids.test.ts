import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { followIndex, ID_LENGTH, idsOnRead, isItemId, newItemId } from '../../src/lib/state/ids';
import { changedPaths, indexPath, merge3, restorePaths } from '../../src/lib/state/merge';

/** A random source that returns the given numbers in turn, then starts again. */
function sequence(...xs: number[]): () => number {
  let i = 0;
  return () => xs[i++ % xs.length] ?? 0;
}

describe('item ids', () => {
  it('draws four characters from the source: 0 is "a", just under 1 is "9"', () => {
    expect(newItemId(sequence(0))).toBe('aaaa');
    expect(newItemId(sequence(0.9999))).toBe('9999');
    // 36 characters: 1/36 is the second ("b"), 26/36 the first digit ("0").
    expect(newItemId(sequence(1 / 36, 26 / 36, 0, 35 / 36))).toBe('b0a9');
    expect(ID_LENGTH).toBe(4);
  });

  it('never gives an id already taken, even from a source that repeats itself', () => {
    expect(newItemId(sequence(0, 0, 0, 0, 0.5, 0.5, 0.5, 0.5), ['aaaa'])).toBe('ssss');
    expect(newItemId(sequence(0), ['aaaa'])).toBe('aaaa1');
    expect(newItemId(sequence(0), ['aaaa', 'aaaa1'])).toBe('aaaa2');
  });

  it('keeps ids read back only when each item has its own valid one; else positions', () => {
    expect(idsOnRead(['k3f9', 'x8b1'], 2)).toEqual(['k3f9', 'x8b1']);
    expect(idsOnRead(undefined, 3)).toEqual(['1', '2', '3']);
    expect(idsOnRead(['k3f9'], 2)).toEqual(['1', '2']);
    expect(idsOnRead(['k3f9', 'k3f9'], 2)).toEqual(['1', '2']);
    expect(idsOnRead(['k3f9', 'X!'], 2)).toEqual(['1', '2']);
    expect(isItemId('')).toBe(false);
    expect(isItemId('a'.repeat(13))).toBe(false);
  });

  it('keeps a pointer on its item when items before it go, or on the nearest place when it goes', () => {
    const before = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(followIndex(before, [{ id: 'b' }, { id: 'c' }], 1)).toBe(0);
    expect(followIndex(before, [{ id: 'x' }, ...before], 2)).toBe(3);
    expect(followIndex(before, [{ id: 'a' }, { id: 'c' }], 1)).toBe(1);
    expect(followIndex(before, [{ id: 'a' }], 2)).toBe(0);
  });
});

interface Item {
  id: string;
  name: string;
  n: number;
}

/** A list and, for each of two sides, what it does to each item: keep, edit, remove; plus items it adds. */
const scenario = fc.uniqueArray(fc.stringMatching(/^[a-z]{4}$/), { minLength: 0, maxLength: 8 }).chain((ids) =>
  fc.record({
    base: fc.constant(ids.map((id, i): Item => ({ id, name: `item ${i}`, n: i }))),
    ours: fc.array(fc.constantFrom('keep', 'edit', 'remove'), { minLength: ids.length, maxLength: ids.length }),
    theirs: fc.array(fc.constantFrom('keep', 'edit', 'remove'), { minLength: ids.length, maxLength: ids.length }),
    oursAdd: fc.nat({ max: 2 }),
    theirsAdd: fc.nat({ max: 2 }),
  }),
);

type Act = 'keep' | 'edit' | 'remove';

function apply(base: readonly Item[], acts: readonly Act[], side: string, adds: number): Item[] {
  const out: Item[] = [];
  base.forEach((it, i) => {
    const act = acts[i] ?? 'keep';
    if (act === 'keep') out.push(it);
    if (act === 'edit') out.push({ ...it, name: `${it.name} (${side})` });
  });
  for (let k = 0; k < adds; k++) out.push({ id: `${side}${k}`, name: `new ${side} ${k}`, n: 100 + k });
  return out;
}

describe('merge by id', () => {
  it('never loses an item only one side changed (edited, added or removed), whatever the other did elsewhere', () => {
    fc.assert(
      fc.property(scenario, fc.constantFrom('ours' as const, 'theirs' as const), (s, later) => {
        const ours = apply(s.base, s.ours as Act[], 'o', s.oursAdd);
        const theirs = apply(s.base, s.theirs as Act[], 't', s.theirsAdd);
        const merged = merge3({ list: s.base }, { list: ours }, { list: theirs }, later).value.list;
        const byId = new Map(merged.map((x) => [x.id, x]));
        expect(byId.size).toBe(merged.length);
        s.base.forEach((it, i) => {
          const o = s.ours[i] as Act;
          const t = s.theirs[i] as Act;
          if (o !== 'keep' && t === 'keep') {
            expect(byId.get(it.id)).toEqual(o === 'remove' ? undefined : ours.find((x) => x.id === it.id));
          }
          if (t !== 'keep' && o === 'keep') {
            expect(byId.get(it.id)).toEqual(t === 'remove' ? undefined : theirs.find((x) => x.id === it.id));
          }
        });
        for (const added of [...ours, ...theirs].filter((x) => x.n >= 100)) expect(byId.get(added.id)).toEqual(added);
      }),
      { numRuns: 400 },
    );
  });

  it('the case issue 26 reported: one tab removes the first offering while the other renames the second', () => {
    const base = {
      list: [
        { id: '1', name: 'One' },
        { id: '2', name: 'Tw' },
        { id: '3', name: 'Three' },
      ],
    };
    const a = {
      list: [
        { id: '2', name: 'Tw' },
        { id: '3', name: 'Three' },
      ],
    };
    const b = {
      list: [
        { id: '1', name: 'One' },
        { id: '2', name: 'Two' },
        { id: '3', name: 'Three' },
      ],
    };
    expect(merge3(base, b, a, 'theirs').value.list).toEqual([
      { id: '2', name: 'Two' },
      { id: '3', name: 'Three' },
    ]);
  });
});

describe('paths by id', () => {
  const before = {
    list: [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
      { id: 'c', name: 'C' },
    ],
  };
  const after = {
    list: [
      { id: 'b', name: 'B' },
      { id: 'c', name: 'C!' },
    ],
  };

  it('names what changed by id, so an item removed before another does not make the rest look changed', () => {
    expect(changedPaths(before, after)).toEqual([
      ['list', 'a'],
      ['list', 'c', 'name'],
    ]);
  });

  it('turns an id path into the places of the items, for the words that name them', () => {
    expect(indexPath(before, ['list', 'c', 'name'])).toEqual(['list', 2, 'name']);
    expect(indexPath(after, ['list', 'a'])).toBeNull();
  });

  it('puts back values, and whole items another tab removed, where they were', () => {
    expect(restorePaths(after, before, [['list', 'c', 'name']]).list.map((x) => x.name)).toEqual(['B', 'C']);
    expect(restorePaths(after, before, [['list', 'a']]).list.map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
});
