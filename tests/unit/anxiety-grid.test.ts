import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { complexityFromGrid, complexityFromGridQuery } from '../../src/lib/anxiety/from-grid';

describe('complexity from the spectrum grid', () => {
  it.each([
    ['place=Meal+kit_7_3', { name: 'Meal kit', complexity: 3 }],
    ['place=A_1_2&place=B_5_6-9&read=2', { name: 'B', complexity: 7.5 }],
    ['place=', null],
    ['', null],
  ])('reads %j', (query, expected) => {
    expect(complexityFromGridQuery(query)).toEqual(expected);
  });

  it('reads the grid’s own storage key', () => {
    const store = {
      getItem: (k: string) => (k === 'cx-spectrum:spectrum-grid:v1' ? 'place=Car_3_8' : null),
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(complexityFromGrid(store)).toEqual({ name: 'Car', complexity: 8 });
    expect(complexityFromGrid(undefined)).toBeNull();
  });

  it('never throws and stays in 0 to 10 for any saved text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = complexityFromGridQuery(s);
        return r === null || (r.complexity >= 0 && r.complexity <= 10);
      }),
    );
  });
});
