import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../src/lib/kano/mapping';
import {
  addFeature,
  changeFeature,
  removeFeature,
  restoreFeature,
  withFeatureIds,
} from '../../src/lib/kano/mapping-edit';
import { seeded } from './seeded';

// Issue 26: every Kano mapping row keeps who it is, so an edit, a removal and its undo land on the right row.

const proposal: ColumnMapping = {
  features: [
    { name: 'Speed', functional: 1, dysfunctional: 2, importance: null },
    { name: 'Price', functional: 3, dysfunctional: 4, importance: null },
    { name: 'Colour', functional: 5, dysfunctional: 6, importance: null },
  ],
  segment: null,
};
const names = (m: ColumnMapping) => m.features.map((f) => f.name);

describe('mapping rows by id', () => {
  it('a proposal’s rows are known by their positions; a mapping with ids is given back as it is', () => {
    const m = withFeatureIds(proposal);
    expect(m.features.map((f) => f.id)).toEqual(['1', '2', '3']);
    expect(withFeatureIds(m)).toBe(m);
    // Two rows with one id (a damaged text) are told apart by position again.
    const twice = { ...m, features: m.features.map((f) => ({ ...f, id: 'x' })) };
    expect(withFeatureIds(twice).features.map((f) => f.id)).toEqual(['1', '2', '3']);
  });
  it('an edit finds its row by id after a row before it was removed', () => {
    const m = withFeatureIds(proposal);
    const { mapping: without } = removeFeature(m, '1');
    const edited = changeFeature(without, '3', { functional: 7 });
    expect(edited.features.map((f) => [f.name, f.functional])).toEqual([
      ['Price', 3],
      ['Colour', 7],
    ]);
    // A row already gone changes nothing.
    expect(changeFeature(without, '1', { name: 'Back' })).toEqual(without);
  });
  it('undo puts a removed row back after the row it followed, keeping edits and rows added since', () => {
    const m = withFeatureIds(proposal);
    const { mapping: without, removed } = removeFeature(m, '2');
    if (!removed) throw new Error('row 2 was not removed');
    expect(removed.after).toBe('1');
    // Since then: Speed renamed Fast, Colour moved first, and a row added last.
    const [speed, colour] = without.features;
    if (!speed || !colour) throw new Error('two rows were expected');
    const later = addFeature({ ...without, features: [colour, { ...speed, name: 'Fast' }] }, 10, 'New', seeded(4));
    const back = restoreFeature(later, removed);
    expect(names(back)).toEqual(['Colour', 'Fast', 'Price', 'New']);
    // Undone twice: not doubled.
    expect(restoreFeature(back, removed)).toBe(back);
    // The first row put back goes first, whatever moved there since.
    const first = removeFeature(m, '1');
    if (!first.removed) throw new Error('row 1 was not removed');
    expect(
      names(restoreFeature({ ...first.mapping, features: [...first.mapping.features].reverse() }, first.removed)),
    ).toEqual(['Speed', 'Colour', 'Price']);
  });
  it('a new row gets an id no other row has', () => {
    const m = withFeatureIds(proposal);
    const added = addFeature(m, 10, 'New', () => 0);
    const again = addFeature(added, 10, 'Newer', () => 0);
    const ids = again.features.map((f) => f.id);
    expect(new Set(ids).size).toBe(5);
  });
});
