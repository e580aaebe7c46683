import { describe, expect, it } from 'vitest';
import {
  isQuotaError,
  type KeyValueStore,
  loadSaved,
  save,
  storageKey,
  type WriteResult,
  writeKey,
} from '../../src/lib/state/storage';

function memory(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

/** A store holding `old` under "k" whose writes throw `error`; removing works, as in browsers. */
function refusing(error: unknown): KeyValueStore & { data: Map<string, string> } {
  const s = memory();
  s.data.set('k', 'old');
  s.setItem = () => {
    throw error;
  };
  return s;
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
    expect(save(s, 'kano', 1, 'a=1')).toBe('saved');
    expect(loadSaved(s, 'kano', 1)).toBe('a=1');
    expect(loadSaved(s, 'kano', 2)).toBeNull();
    expect(save(s, 'kano', 1, '')).toBe('saved');
    expect(s.data.size).toBe(0);
  });
  it('survives storage that throws or is missing', () => {
    expect(loadSaved(throwing, 'x', 1)).toBeNull();
    expect(save(throwing, 'x', 1, 'a')).toBe('blocked');
    expect(loadSaved(undefined, 'x', 1)).toBeNull();
  });
});

describe('isQuotaError', () => {
  it.each<[string, unknown, boolean]>([
    ['Chromium and Safari', new DOMException('full', 'QuotaExceededError'), true],
    ['old Firefox', { name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 }, true],
    ['old WebKit, by code only', { name: 'Error', code: 22 }, true],
    ['private mode refusing access', new DOMException('denied', 'SecurityError'), false],
    ['any other error', new Error('quota'), false],
    ['not an error at all', 'QuotaExceededError', false],
    ['null', null, false],
  ])('%s', (_, error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });
});

describe('writeKey: what a write returns, and what the store holds after it', () => {
  const cases: {
    name: string;
    store: () => (KeyValueStore & { data: Map<string, string> }) | undefined;
    raw: string | null;
    max?: number;
    result: WriteResult;
    /** What "k" holds afterwards (undefined: the store is missing). */
    after?: string | null;
  }[] = [
    { name: 'a write that fits', store: memory, raw: 'a=1', result: 'saved', after: 'a=1' },
    { name: 'a removal', store: memory, raw: null, result: 'saved', after: null },
    { name: 'at the limit exactly', store: memory, raw: 'abc', max: 3, result: 'saved', after: 'abc' },
    { name: 'one over the limit', store: memory, raw: 'abcd', max: 3, result: 'too-large', after: null },
    {
      name: 'storage full (Chromium)',
      store: () => refusing(new DOMException('full', 'QuotaExceededError')),
      raw: 'new',
      result: 'full',
      after: 'old',
    },
    {
      name: 'storage full (old Firefox)',
      store: () => refusing({ name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 }),
      raw: 'new',
      result: 'full',
      after: 'old',
    },
    {
      name: 'storage refusing for another reason',
      store: () => refusing(new DOMException('denied', 'SecurityError')),
      raw: 'new',
      result: 'blocked',
      after: 'old',
    },
    {
      name: 'too large while storage is full: named for its size, the older text removed',
      store: () => refusing(new DOMException('full', 'QuotaExceededError')),
      raw: 'x'.repeat(11),
      max: 10,
      result: 'too-large',
      after: null,
    },
    {
      name: 'removal while storage is full still works',
      store: () => refusing(new DOMException('full', 'QuotaExceededError')),
      raw: null,
      result: 'saved',
      after: null,
    },
    { name: 'no storage at all', store: () => undefined, raw: 'a', result: 'blocked' },
  ];
  it.each(cases)('$name', ({ store, raw, max, result, after }) => {
    const s = store();
    expect(writeKey(s, 'k', raw, max)).toBe(result);
    if (s) expect(s.data.get('k') ?? null).toBe(after);
  });
  it('never throws, whatever the store throws', () => {
    expect(writeKey(throwing, 'k', 'a')).toBe('blocked');
    expect(writeKey(throwing, 'k', null)).toBe('blocked');
    expect(writeKey(throwing, 'k', 'abcd', 3)).toBe('too-large');
  });
});
