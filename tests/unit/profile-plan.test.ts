import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalFunctions, ESSAY_ORDER, FUNCTION_IDS, type SequenceFunction } from '../../src/lib/profile/functions';
import {
  addTouchpoint,
  addTouchpoints,
  functionLoads,
  OWNERSHIP_LIMITS,
  removeTouchpoint,
  removeTouchpointById,
  setRole,
  type Touchpoint,
  touchpoint,
  touchpointGaps,
  touchpointKey,
  updateTouchpoint,
  updateTouchpointById,
} from '../../src/lib/profile/ownership';
import {
  compareWithEssay,
  emptyStart,
  hasStartContent,
  isEssayOrder,
  isPermutation,
  moveFunction,
} from '../../src/lib/profile/start-sequence';
import { ownershipArb, startArb, touchpointArb } from './profile-arbitraries';

describe('the essay’s start order', () => {
  it('is support, product development, procurement and logistics, sales, marketing last (Schultze)', () => {
    expect(ESSAY_ORDER).toEqual(['support', 'product', 'logistics', 'sales', 'marketing']);
  });
  it('is where an empty start sequence begins, with all six steps not started', () => {
    const s = emptyStart();
    expect(s.order).toEqual([...ESSAY_ORDER]);
    expect(Object.keys(s.steps)).toEqual(['objectives', 'assessment', 'strategy', 'execution', 'budgets', 'measure']);
    expect(hasStartContent(s)).toBe(false);
  });
});

describe('moving functions in the start sequence', () => {
  const E = [...ESSAY_ORDER];
  it.each<[number, -1 | 1, SequenceFunction[]]>([
    [4, -1, ['support', 'product', 'logistics', 'marketing', 'sales']],
    [0, 1, ['product', 'support', 'logistics', 'sales', 'marketing']],
    [0, -1, E],
    [4, 1, E],
    [9, -1, E],
  ])('moving place %d by %d gives %j', (index, delta, expected) => {
    expect(moveFunction(E, index, delta)).toEqual(expected);
  });

  it('always keeps a permutation, and a move there and back is no move', () => {
    fc.assert(
      fc.property(startArb, fc.nat({ max: 4 }), fc.constantFrom(-1, 1), (s, i, d) => {
        const moved = moveFunction(s.order, i, d);
        const to = i + d;
        const back = to >= 0 && to < 5 ? moveFunction(moved, to, -d) : moved;
        return isPermutation(moved) && back.every((f, k) => f === s.order[k]);
      }),
    );
  });

  it('says where each function stands against the essay, counted by hand', () => {
    // Reader: product, support, logistics, marketing, sales.
    const places = compareWithEssay(['product', 'support', 'logistics', 'marketing', 'sales']);
    expect(places).toEqual([
      { id: 'product', position: 1, essayPosition: 2, earlier: 1 },
      { id: 'support', position: 2, essayPosition: 1, earlier: -1 },
      { id: 'logistics', position: 3, essayPosition: 3, earlier: 0 },
      { id: 'marketing', position: 4, essayPosition: 5, earlier: 1 },
      { id: 'sales', position: 5, essayPosition: 4, earlier: -1 },
    ]);
  });

  it('finds the essay’s order only in the essay’s order, and shifts that sum to zero', () => {
    fc.assert(
      fc.property(startArb, (s) => {
        const places = compareWithEssay(s.order);
        const same = places.every((p) => p.earlier === 0);
        return same === isEssayOrder(s.order) && places.reduce((a, p) => a + p.earlier, 0) === 0;
      }),
    );
  });

  it.each([
    [['support', 'product', 'logistics', 'sales', 'marketing'], true],
    [['support', 'product', 'logistics', 'sales'], false],
    [['support', 'support', 'logistics', 'sales', 'marketing'], false],
    [['support', 'product', 'logistics', 'sales', 'operations'], false],
  ])('%j is a permutation of the essay’s five: %s', (order, ok) => {
    expect(isPermutation(order)).toBe(ok);
  });

  it('counts a changed order, a reason, a status or a note as content', () => {
    const s = emptyStart();
    expect(hasStartContent({ ...s, order: moveFunction(s.order, 0, 1) })).toBe(true);
    expect(hasStartContent({ ...s, why: 'Because.' })).toBe(true);
    expect(hasStartContent({ ...s, why: '   ' })).toBe(false);
    expect(hasStartContent({ ...s, steps: { ...s.steps, measure: { status: 'done', notes: '' } } })).toBe(true);
    expect(hasStartContent({ ...s, steps: { ...s.steps, strategy: { status: 'not-started', notes: 'x' } } })).toBe(
      true,
    );
  });
});

describe('the ownership map', () => {
  const shoes: Touchpoint[] = [
    { name: 'Fit questions', owner: 'product', contributors: ['support'], voices: ['product'] },
    { name: 'Late orders', owner: 'logistics', contributors: ['support'], voices: ['support'] },
    { name: 'Split soles', owner: 'support', contributors: ['product'], voices: ['support'] },
    { name: 'First marathon', owner: 'sales', contributors: [], voices: ['sales'] },
    { name: 'Personal bests', owner: 'marketing', contributors: [], voices: ['marketing'] },
  ];

  it('counts what each function owns, contributes to and speaks for (the chapter’s one row in five)', () => {
    const loads = Object.fromEntries(functionLoads(shoes).map((l) => [l.id, [l.owns, l.contributes, l.speaks]]));
    expect(loads).toEqual({
      support: [1, 2, 2],
      product: [1, 1, 1],
      logistics: [1, 0, 0],
      sales: [1, 0, 1],
      marketing: [1, 0, 1],
      operations: [0, 0, 0],
    });
  });

  it('counts every owner once, whatever the map', () => {
    fc.assert(
      fc.property(ownershipArb, (map) => {
        const owned = functionLoads(map).reduce((a, l) => a + l.owns, 0);
        return owned === map.filter((t) => t.owner !== '').length;
      }),
    );
  });

  it('adds up to the limit and no further', () => {
    let map: Touchpoint[] = [];
    for (let i = 0; i < OWNERSHIP_LIMITS.touchpoints + 3; i++) map = addTouchpoint(map, `T${i}`, Math.random);
    expect(map).toHaveLength(OWNERSHIP_LIMITS.touchpoints);
    expect(map.at(-1)?.name).toBe(`T${OWNERSHIP_LIMITS.touchpoints - 1}`);
  });

  it('adds suggested names once, ignoring case and spaces', () => {
    const map = addTouchpoints(
      [touchpoint('Getting  started ')],
      ['Getting started', 'Delivery', 'delivery'],
      Math.random,
    );
    expect(map.map((t) => t.name)).toEqual(['Getting  started ', 'Delivery']);
  });

  it('cuts a long name to the limit', () => {
    expect(touchpoint('x'.repeat(200)).name).toHaveLength(OWNERSHIP_LIMITS.name);
  });

  it('removes and updates only the touchpoint named, ignoring indexes out of range', () => {
    expect(removeTouchpoint(shoes, 1).map((t) => t.name)).toEqual([
      'Fit questions',
      'Split soles',
      'First marathon',
      'Personal bests',
    ]);
    expect(removeTouchpoint(shoes, 9)).toEqual(shoes);
    const renamed = updateTouchpoint(shoes, 0, (t) => ({ ...t, name: 'Fit' }));
    expect(renamed[0]?.name).toBe('Fit');
    expect(renamed.slice(1)).toEqual(shoes.slice(1));
  });

  it('changes and removes a touchpoint by id in the map as it is now, another tab’s changes to others kept', () => {
    const mine = shoes.map((t, i) => ({ ...t, id: `t${i}` }));
    // Another tab removed the first touchpoint and gave the third an owner, after this tab last rendered.
    const now = mine.slice(1).map((t) => (t.id === 't2' ? { ...t, owner: 'marketing' as const } : t));
    const key = touchpointKey(mine[3] as Touchpoint, 3);
    const renamed = updateTouchpointById(now, key, (t) => ({ ...t, name: 'Marathon' }));
    expect(renamed.map((t) => t.name)).toEqual(['Late orders', 'Split soles', 'Marathon', 'Personal bests']);
    expect(renamed[1]?.owner).toBe('marketing');
    expect(renamed[0]?.owner).toBe('logistics');
    expect(removeTouchpointById(now, 't3').map((t) => t.id)).toEqual(['t1', 't2', 't4']);
    // Gone elsewhere: nothing changes. Without ids, a touchpoint is known by its position.
    expect(updateTouchpointById(now, 't0', (t) => ({ ...t, name: 'x' }))).toEqual(now);
    expect(removeTouchpointById(now, 't0')).toEqual(now);
    expect(touchpointKey(touchpoint('A'), 2)).toBe('3');
  });

  it('keeps contributors and voices once each, in the functions’ order', () => {
    fc.assert(
      fc.property(
        touchpointArb,
        fc.array(
          fc.tuple(
            fc.constantFrom('contributors' as const, 'voices' as const),
            fc.constantFrom(...FUNCTION_IDS),
            fc.boolean(),
          ),
        ),
        (start, changes) => {
          const end = changes.reduce((t, [role, id, on]) => setRole(t, role, id, on), start);
          return (['contributors', 'voices'] as const).every(
            (role) => JSON.stringify(end[role]) === JSON.stringify(canonicalFunctions(end[role])),
          );
        },
      ),
    );
  });

  it.each<[Touchpoint, string[]]>([
    [touchpoint(''), ['no-name', 'no-owner', 'no-voice']],
    [{ ...touchpoint('Returns'), owner: 'support' }, ['no-voice']],
    [{ ...touchpoint('Returns'), voices: ['support'] }, ['no-owner']],
    [{ ...touchpoint('Returns'), owner: 'support', voices: ['support'] }, []],
  ])('names what %j still lacks', (t, gaps) => {
    expect(touchpointGaps(t)).toEqual(gaps);
  });
});
