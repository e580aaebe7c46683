import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatScore, nearestTick, snap } from '../../src/lib/spectrum/axes';
import { keyChange } from '../../src/lib/spectrum/keyboard';
import type { Offering, Span } from '../../src/lib/spectrum/offering';
import {
  addOffering,
  centreSpan,
  changeAxis,
  changeOffering,
  isSpread,
  middle,
  moveTo,
  newOffering,
  nextOffering,
  nudge,
  placeAs,
  removeOffering,
  renameTo,
  setEnd,
  setHalfWidths,
  spanOf,
  widenSpan,
  width,
} from '../../src/lib/spectrum/offering';

const score = fc.integer({ min: 0, max: 100 }).map((n) => n / 10);
const anyNumber = fc.oneof(
  fc.double(),
  score,
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MAX_VALUE, -Number.MAX_VALUE),
);
const span = fc.tuple(score, score).map(([a, b]) => spanOf(a, b));
const offering: fc.Arbitrary<Offering> = fc.record({ name: fc.constant('x'), frequency: span, complexity: span });

function valid(s: Span): boolean {
  const onGrid = (v: number) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-9;
  return 0 <= s.from && s.from <= s.to && s.to <= 10 && onGrid(s.from) && onGrid(s.to);
}

describe('axes', () => {
  it.each([
    [7, 7],
    [7.25, 7.3],
    [-1, 0],
    [12, 10],
    [Number.NaN, 5],
    [Number.POSITIVE_INFINITY, 5],
  ])('snaps %d to %d', (v, want) => {
    expect(snap(v)).toBe(want);
  });

  it('formats scores briefly and picks the nearest whole point', () => {
    expect(formatScore(7)).toBe('7');
    expect(formatScore(0.30000000000000004)).toBe('0.3');
    expect(nearestTick(7.4)).toBe(7);
    expect(nearestTick(7.5)).toBe(8);
    expect(nearestTick(Number.NaN)).toBe(5);
  });

  it('always gives a score on the 0.1 grid within 0 to 10', () => {
    fc.assert(fc.property(anyNumber, (v) => valid({ from: snap(v), to: snap(v) }) && snap(snap(v)) === snap(v)));
  });
});

describe('offering operations', () => {
  it('keep every span valid, whatever the input', () => {
    fc.assert(
      fc.property(offering, anyNumber, anyNumber, (o, a, b) => {
        const results = [
          moveTo(o, a, b),
          nudge(o, 'frequency', a),
          setEnd(o, 'complexity', 'from', a),
          setEnd(o, 'frequency', 'to', b),
          setHalfWidths(o, a, b),
          { ...o, frequency: widenSpan(o.frequency, a) },
        ];
        return results.every((r) => valid(r.frequency) && valid(r.complexity));
      }),
    );
  });

  it('moves keep the width, and land on the asked-for middle when there is room', () => {
    fc.assert(
      fc.property(span, score, (s, c) => {
        const moved = centreSpan(s, c);
        expect(width(moved)).toBeCloseTo(width(s), 5);
        if (c - width(s) / 2 >= 0 && c + width(s) / 2 <= 10)
          expect(Math.abs(middle(moved) - c)).toBeLessThanOrEqual(0.051);
      }),
    );
  });

  it('widening then narrowing by the same amount gives back the span when it stays clear of the edges', () => {
    const s = spanOf(4, 6);
    expect(widenSpan(s, 1)).toEqual({ from: 3, to: 7 });
    expect(widenSpan(widenSpan(s, 1), -1)).toEqual(s);
    expect(widenSpan(s, -5)).toEqual({ from: 5, to: 5 });
  });

  it('setting an end past the other pushes it along', () => {
    const o = newOffering('a', 5, 5);
    expect(setEnd(o, 'frequency', 'from', 7).frequency).toEqual({ from: 7, to: 7 });
    expect(setEnd(o, 'frequency', 'from', 2).frequency).toEqual({ from: 2, to: 5 });
    expect(setEnd(o, 'complexity', 'to', 1).complexity).toEqual({ from: 1, to: 1 });
  });

  it('a corner handle sets half-widths around the middle', () => {
    const o = setHalfWidths(newOffering('a', 5, 5), 2, -1);
    expect(o.frequency).toEqual({ from: 3, to: 7 });
    expect(o.complexity).toEqual({ from: 4, to: 6 });
    expect(isSpread(o)).toBe(true);
    expect(isSpread(newOffering())).toBe(false);
  });
});

describe('adding offerings', () => {
  it('puts each new offering on a free spot, and all eight on different spots', () => {
    const list: Offering[] = [];
    for (let i = 0; i < 8; i++) list.push(nextOffering(list, Math.random));
    const spots = new Set(list.map((o) => `${middle(o.frequency)},${middle(o.complexity)}`));
    expect(spots.size).toBe(8);
    expect(list[0]).toMatchObject(newOffering('', 5, 5));
    expect(new Set(list.map((o) => o.id)).size).toBe(8);
  });
});

describe('edits by offering id, one field at a time', () => {
  // What this tab drew: two offerings; then another tab moved the second one's frequency to 8 (merged in here).
  const drawn: Offering[] = [
    { id: 'aa', name: 'Kit', frequency: { from: 5, to: 5 }, complexity: { from: 5, to: 5 } },
    { id: 'bb', name: 'Old', frequency: { from: 2, to: 2 }, complexity: { from: 3, to: 3 } },
  ];
  const now: Offering[] = [drawn[0] as Offering, { ...(drawn[1] as Offering), frequency: { from: 8, to: 8 } }];

  it("a name typed here keeps another tab's new frequency of the same offering", () => {
    const after = changeOffering(now, 'bb', renameTo('New'));
    expect(after[1]).toEqual({ id: 'bb', name: 'New', frequency: { from: 8, to: 8 }, complexity: { from: 3, to: 3 } });
    expect(after[0]).toBe(now[0]);
  });

  it("a complexity typed here keeps another tab's frequency and name", () => {
    const renamed = changeOffering(now, 'bb', renameTo('Theirs'));
    const after = changeOffering(
      renamed,
      'bb',
      changeAxis('complexity', (s) => centreSpan(s, 7)),
    );
    expect(after[1]).toEqual({
      id: 'bb',
      name: 'Theirs',
      frequency: { from: 8, to: 8 },
      complexity: { from: 7, to: 7 },
    });
  });

  it("a drag on the plane moves the offering and keeps another tab's new name", () => {
    const renamed = changeOffering(now, 'bb', renameTo('Theirs'));
    const moved = moveTo(drawn[1] as Offering, 6, 6);
    expect(changeOffering(renamed, 'bb', placeAs(moved))[1]).toEqual({ ...moved, name: 'Theirs' });
  });

  it('finds the offering by id after one before it was removed, and changes nothing when it is gone', () => {
    const removed = now.slice(1);
    expect(changeOffering(removed, 'bb', renameTo('New'))).toEqual([{ ...(now[1] as Offering), name: 'New' }]);
    expect(changeOffering(removed, 'aa', renameTo('New'))).toEqual(removed);
  });

  it("an arrow key moves one axis only: another tab's new frequency stays when complexity is nudged here", () => {
    // Drawn at complexity 3; Up by 0.5 lands on the offering as it is now (frequency 8 from the other tab).
    const after = changeOffering(now, 'bb', keyChange({ kind: 'move', axis: 'complexity', delta: 0.5 }));
    expect(after[1]).toEqual({
      id: 'bb',
      name: 'Old',
      frequency: { from: 8, to: 8 },
      complexity: { from: 3.5, to: 3.5 },
    });
    const widened = changeOffering(now, 'bb', keyChange({ kind: 'widen', axis: 'complexity', delta: 1 }));
    expect(widened[1]?.frequency).toEqual({ from: 8, to: 8 });
    expect(widened[1]?.complexity).toEqual({ from: 2, to: 4 });
  });

  it('removes an offering by its key wherever it now stands, keeping the selection on the offering it was on', () => {
    const three: Offering[] = [
      { id: 'aa', ...newOffering('A') },
      { id: 'bb', ...newOffering('B') },
      { id: 'cc', ...newOffering('C') },
    ];
    const names = (s: { offerings: Offering[] }) => s.offerings.map((o) => o.name);
    // [removed key, selected before] -> [names after, selected after], worked by hand.
    const cases: [string, number, string[], number][] = [
      ['aa', 2, ['B', 'C'], 1],
      ['cc', 2, ['A', 'B'], 1],
      ['bb', 0, ['A', 'C'], 0],
      ['bb', 1, ['A', 'C'], 1],
    ];
    for (const [key, selected, want, wantSelected] of cases) {
      const after = removeOffering({ offerings: three, selected }, key);
      expect([names(after), after.selected]).toEqual([want, wantSelected]);
    }
    // Another tab removed A first: removing C (drawn third) still removes C, now second.
    const after = removeOffering({ offerings: three.slice(1), selected: 0 }, 'cc');
    expect(names(after)).toEqual(['B']);
    const gone = { offerings: three.slice(1), selected: 0 };
    expect(removeOffering(gone, 'aa')).toBe(gone);
    expect(removeOffering({ offerings: [three[0] as Offering], selected: 0 }, 'aa')).toEqual({
      offerings: [],
      selected: 0,
    });
  });

  it('adds to the offerings as they are now, and adds nothing past the limit another tab already reached', () => {
    const one = { offerings: [{ id: 'aa', ...newOffering('A') }], selected: 0 };
    const added: Offering = { id: 'zz', ...newOffering('') };
    const after = addOffering(one, added);
    expect(after.offerings.map((o) => o.id)).toEqual(['aa', 'zz']);
    expect(after.selected).toBe(1);
    // Eight there already (seven drawn here, one more from another tab): unchanged, the same object.
    const full = {
      offerings: Array.from({ length: 8 }, (_, i) => ({ id: `o${i}`, ...newOffering(`${i}`) })),
      selected: 3,
    };
    expect(addOffering(full, added)).toBe(full);
  });

  it('an offering without an id (an example) is known by its position', () => {
    const plain = [newOffering('a'), newOffering('b')];
    expect(changeOffering(plain, 'at-1', renameTo('c')).map((o) => o.name)).toEqual(['a', 'c']);
  });

  it('a rename changes the name and nothing else, whatever the offering', () => {
    fc.assert(
      fc.property(offering, fc.string({ maxLength: 60 }), (o, name) => {
        const [after] = changeOffering([{ ...o, id: 'cc' }], 'cc', renameTo(name));
        expect(after).toEqual({ ...o, id: 'cc', name });
      }),
    );
  });
});
