import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxOf, centreOf, complexityAt, frequencyAt, PLANE, xOf, yOf } from '../../src/lib/spectrum/geometry';
import { applyKey, BIG_STEP, keyAction, STEP } from '../../src/lib/spectrum/keyboard';
import { newOffering, spanOf } from '../../src/lib/spectrum/offering';

const score = fc.integer({ min: 0, max: 100 }).map((n) => n / 10);

describe('geometry', () => {
  it('maps scores into the plotting area and back', () => {
    fc.assert(fc.property(score, (v) => frequencyAt(xOf(v)) === v && complexityAt(yOf(v)) === v));
    expect(xOf(0)).toBe(PLANE.left);
    expect(xOf(10)).toBe(PLANE.width - PLANE.right);
    expect(yOf(0)).toBe(PLANE.height - PLANE.bottom);
    expect(yOf(10)).toBe(PLANE.top);
  });

  it('clamps pointer positions outside the plot', () => {
    expect(frequencyAt(-500)).toBe(0);
    expect(complexityAt(-500)).toBe(10);
  });

  it('draws a span as a box around its middle, and a point as an empty box', () => {
    const car = { name: '', frequency: spanOf(2, 8), complexity: spanOf(4, 6) };
    const box = boxOf(car);
    expect(box.width).toBeGreaterThan(0);
    expect(centreOf(car)).toEqual({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
    expect(boxOf(newOffering()).width).toBe(0);
  });
});

describe('keyboard', () => {
  it.each([
    ['ArrowRight', false, false, { kind: 'move', axis: 'frequency', delta: STEP }],
    ['ArrowLeft', true, false, { kind: 'move', axis: 'frequency', delta: -BIG_STEP }],
    ['ArrowUp', false, false, { kind: 'move', axis: 'complexity', delta: STEP }],
    ['ArrowDown', false, true, { kind: 'widen', axis: 'complexity', delta: -STEP }],
    ['ArrowRight', true, true, { kind: 'widen', axis: 'frequency', delta: BIG_STEP }],
    ['Enter', false, false, { kind: 'select' }],
    [' ', false, false, { kind: 'select' }],
    ['a', false, false, null],
    ['Tab', false, false, null],
  ])('%j (shift %s, alt %s) means %j', (key, shift, alt, want) => {
    expect(keyAction(key, { shift, alt })).toEqual(want);
  });

  it('moves, widens and narrows an offering', () => {
    const o = newOffering('a', 5, 5);
    const right = keyAction('ArrowRight', { shift: false, alt: false });
    const widen = keyAction('ArrowUp', { shift: true, alt: true });
    const narrow = keyAction('ArrowDown', { shift: false, alt: true });
    if (!right || !widen || !narrow) throw new Error('expected actions');
    expect(applyKey(o, right).frequency).toEqual({ from: 5.5, to: 5.5 });
    expect(applyKey(o, widen).complexity).toEqual({ from: 3, to: 7 });
    expect(applyKey(applyKey(o, widen), narrow).complexity).toEqual({ from: 3.5, to: 6.5 });
    expect(applyKey(o, { kind: 'select' })).toBe(o);
  });

  it('stops at the edges', () => {
    const o = newOffering('a', 9.8, 0.2);
    expect(applyKey(o, { kind: 'move', axis: 'frequency', delta: 2 }).frequency).toEqual({ from: 10, to: 10 });
    expect(applyKey(o, { kind: 'move', axis: 'complexity', delta: -2 }).complexity).toEqual({ from: 0, to: 0 });
  });
});
