import { describe, expect, it } from 'vitest';
import { type KeyValueStore, loadSaved, save, storageKey } from '../../src/lib/state/storage';

function memory(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const throwing: KeyValueStore = {
  getItem: () => {
    throw new Error('blocked');
  },
  setItem: () => {
    throw new Error('quota');
  },
  removeItem: () => {
    throw new Error('blocked');
  },
};

describe('storage', () => {
  it('namespaces and versions keys', () => {
    expect(storageKey('kano', 2)).toBe('cx-spectrum:kano:v2');
  });
  it('round-trips a saved query and removes it when empty', () => {
    const s = memory();
    expect(save(s, 'kano', 1, 'a=1')).toBe(true);
    expect(loadSaved(s, 'kano', 1)).toBe('a=1');
    expect(loadSaved(s, 'kano', 2)).toBeNull();
    save(s, 'kano', 1, '');
    expect(s.data.size).toBe(0);
  });
  it('survives storage that throws or is missing', () => {
    expect(loadSaved(throwing, 'x', 1)).toBeNull();
    expect(save(throwing, 'x', 1, 'a')).toBe(false);
    expect(loadSaved(undefined, 'x', 1)).toBeNull();
  });
});
