import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedPaths, type DataPath, deepEqual, merge3, within } from '../../src/lib/state/merge';

describe('merge3, worked by hand', () => {
  const base = { name: 'Meal kit', answers: { frequency: '', complexity: '' }, current: 0 };
  it('keeps an edit to one field from each side', () => {
    const ours = { ...base, answers: { ...base.answers, frequency: 'weekly' } };
    const theirs = { ...base, answers: { ...base.answers, complexity: 'low' } };
    const m = merge3(base, ours, theirs, 'theirs');
    expect(m.value).toEqual({ name: 'Meal kit', answers: { frequency: 'weekly', complexity: 'low' }, current: 0 });
    expect(m.conflicts).toEqual([]);
  });
  it('lets the later side win a field both changed, and names it', () => {
    const ours = { ...base, name: 'Meal box' };
    const theirs = { ...base, name: 'Meal plan' };
    expect(merge3(base, ours, theirs, 'theirs')).toEqual({
      value: { ...base, name: 'Meal plan' },
      conflicts: [['name']],
    });
    expect(merge3(base, ours, theirs, 'ours')).toEqual({ value: { ...base, name: 'Meal box' }, conflicts: [['name']] });
  });
  it('keeps local keys ours, without calling them a conflict', () => {
    const m = merge3(base, { ...base, current: 2 }, { ...base, current: 1, name: 'X' }, 'theirs', ['current']);
    expect(m.value).toEqual({ ...base, current: 2, name: 'X' });
    expect(m.conflicts).toEqual([]);
  });
  it('merges arrays by position: an offering added on one side, another edited on the other', () => {
    const b = [{ n: 'a' }];
    const m = merge3(b, [{ n: 'a' }, { n: 'new' }], [{ n: 'a2' }], 'theirs');
    expect(m.value).toEqual([{ n: 'a2' }, { n: 'new' }]);
  });
  it('merges arrays of records with ids by id: a removal and an edit elsewhere both stand', () => {
    const b = [
      { id: 'x', v: 1 },
      { id: 'y', v: 1 },
    ];
    const ours = [{ id: 'y', v: 1 }];
    const theirs = [
      { id: 'x', v: 1 },
      { id: 'y', v: 2 },
    ];
    expect(merge3(b, ours, theirs, 'theirs').value).toEqual([{ id: 'y', v: 2 }]);
  });
  it('drops a key one side removed when the other left it alone', () => {
    expect(merge3({ a: 1, b: 2 }, { a: 1 }, { a: 1, b: 2, c: 3 }, 'theirs').value).toEqual({ a: 1, c: 3 });
  });
  it('keeps a key named __proto__ as data', () => {
    const theirs = JSON.parse('{"a":1,"__proto__":{"polluted":true}}') as Record<string, unknown>;
    const m = merge3<Record<string, unknown>>({ a: 0 }, { a: 1, b: 1 }, theirs, 'theirs');
    expect(Object.getPrototypeOf(m.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

/** Every leaf path of plain data (empty objects and arrays count as leaves). */
function leaves(v: unknown, path: DataPath = []): DataPath[] {
  if (Array.isArray(v) && v.length > 0) return v.flatMap((x, i) => leaves(x, [...path, i]));
  if (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length > 0) {
    return Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, k]));
  }
  return [path];
}

function at(v: unknown, path: DataPath): unknown {
  let cur: unknown = v;
  for (const p of path) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string | number, unknown>)[p];
  }
  return cur;
}

function setAt(v: unknown, path: DataPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(v) && typeof head === 'number') return v.map((x, i) => (i === head ? setAt(x, rest, value) : x));
  const obj = v as Record<string, unknown>;
  const k = String(head);
  return { ...obj, [k]: setAt(obj[k], rest, value) };
}

const key = fc.string({ minLength: 1, maxLength: 4 }).filter((k) => k !== '__proto__' && k !== 'id');
const scalar = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.string({ maxLength: 3 }), fc.boolean(), fc.constant(null));
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('tree'), { maxLength: 3 }),
    fc.dictionary(key, tie('tree'), { maxKeys: 4 }),
  ),
}));
/** Edits as (which leaf, new value): applied to the leaves of a base. */
const edits = fc.array(fc.tuple(fc.nat(), scalar), { maxLength: 4 });

function applyEdits(
  base: unknown,
  list: readonly (readonly [number, unknown])[],
): { value: unknown; paths: DataPath[] } {
  const all = leaves(base);
  const paths: DataPath[] = [];
  let value = base;
  for (const [n, v] of list) {
    const path = all[n % all.length] ?? [];
    value = setAt(value, path, v);
    paths.push(path);
  }
  return { value, paths };
}

describe('merge3, properties', () => {
  it('is deterministic and does not depend on which side is called ours', () => {
    fc.assert(
      fc.property(tree, edits, edits, fc.constantFrom('ours' as const, 'theirs' as const), (b, e1, e2, later) => {
        const o = applyEdits(b, e1).value;
        const t = applyEdits(b, e2).value;
        const one = merge3(b, o, t, later);
        expect(merge3(b, o, t, later)).toEqual(one);
        const swapped = merge3(b, t, o, later === 'ours' ? 'theirs' : 'ours');
        expect(deepEqual(swapped.value, one.value)).toBe(true);
      }),
    );
  });
  it('never drops a value only one side changed', () => {
    fc.assert(
      fc.property(tree, edits, edits, fc.constantFrom('ours' as const, 'theirs' as const), (b, e1, e2, later) => {
        const o = applyEdits(b, e1);
        const t = applyEdits(b, e2);
        const m = merge3(b, o.value, t.value, later).value;
        for (const p of o.paths) {
          if (deepEqual(at(t.value, p), at(b, p))) expect(deepEqual(at(m, p), at(o.value, p))).toBe(true);
        }
        for (const p of t.paths) {
          if (deepEqual(at(o.value, p), at(b, p))) expect(deepEqual(at(m, p), at(t.value, p))).toBe(true);
        }
      }),
    );
  });
  it('gives back either side unchanged when the other did nothing', () => {
    fc.assert(
      fc.property(tree, edits, (b, e) => {
        const o = applyEdits(b, e).value;
        expect(merge3(b, o, b, 'theirs').value).toEqual(o);
        expect(merge3(b, b, o, 'ours').value).toEqual(o);
      }),
    );
  });
});

describe('changedPaths and within', () => {
  it('lists the deepest differences, worked by hand', () => {
    const a = { offerings: [{ name: 'A', answers: { frequency: '' } }], current: 0 };
    const b = {
      offerings: [
        { name: 'A', answers: { frequency: 'weekly' } },
        { name: 'B', answers: { frequency: '' } },
      ],
      current: 0,
    };
    expect(changedPaths(a, b)).toEqual([
      ['offerings', 0, 'answers', 'frequency'],
      ['offerings', 1],
    ]);
    expect(changedPaths(a, a)).toEqual([]);
  });
  it('tells a path inside another', () => {
    expect(within(['offerings', 0, 'name'], ['offerings', 0])).toBe(true);
    expect(within(['offerings', 1], ['offerings', 0])).toBe(false);
    expect(within(['a'], ['a', 'b'])).toBe(false);
  });
});
