import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anxietyCodec } from '../../src/lib/anxiety/codec';
import { type AddressMirror, addressRole, readMirror, writeMirror } from '../../src/lib/state/address';
import { codecFormat } from '../../src/lib/state/format';
import type { StoredRead } from '../../src/lib/state/storage';
import { decideOpening } from '../../src/lib/state/sync';

const anx = codecFormat(anxietyCodec);
const url = (q: string) => anxietyCodec.decode(new URLSearchParams(q));
const DEFAULT = anxietyCodec.defaults().today.complexity;

describe('the address mirror kept per tab', () => {
  it('reads back what it wrote, saved or not, for any state text', () => {
    fc.assert(
      fc.property(fc.string(), fc.boolean(), (raw, saved) => {
        expect(readMirror(writeMirror({ raw, saved }))).toEqual({ raw, saved });
      }),
    );
  });
  it.each<[string, string | null, AddressMirror | null]>([
    ['nothing kept', null, null],
    ['a save that worked', 'saved\na=1', { raw: 'a=1', saved: true }],
    ['a save that failed', 'unsaved\na=1', { raw: 'a=1', saved: false }],
    ['kept before saves were told apart: counts as saved', 'a=1', { raw: 'a=1', saved: true }],
  ])('%s', (_, text, mirror) => {
    expect(readMirror(text)).toEqual(mirror);
  });
  it('keeps nothing for no own work', () => {
    expect(writeMirror(null)).toBeNull();
  });
});

describe('addressRole: whose the state in the address is', () => {
  it.each<[string, string | null, AddressMirror | null, ReturnType<typeof addressRole>]>([
    ['no state in the address', null, null, 'visitor'],
    ['no state in the address, a mirror kept', null, { raw: 'a=1', saved: false }, 'visitor'],
    ['a link, this tab wrote nothing', 'a=1', null, 'visitor'],
    ['this tab wrote it and storage kept it', 'a=1', { raw: 'a=1', saved: true }, 'mirror'],
    ['this tab wrote it and storage did not keep it', 'a=1', { raw: 'a=1', saved: false }, 'unsaved'],
    ['another state than this tab wrote (saved)', 'a=2', { raw: 'a=1', saved: true }, 'visitor'],
    ['another state than this tab wrote (not saved)', 'a=2', { raw: 'a=1', saved: false }, 'visitor'],
  ])('%s', (_, address, mirror, role) => {
    expect(addressRole(address, mirror)).toBe(role);
  });
});

describe('decideOpening: the address against what storage holds', () => {
  const saved9: StoredRead = { ok: true, raw: 'today.complexity=9' };
  const nothing: StoredRead = { ok: true, raw: null };
  const saved4: StoredRead = { ok: true, raw: 'today.complexity=4' };
  const unusable: StoredRead = { ok: false };
  it.each<
    [
      string,
      string | null,
      StoredRead,
      ReturnType<typeof addressRole>,
      { mode: 'own' | 'shared'; complexity: number; fromAddress: boolean },
    ]
  >([
    ['no address: the saved work', null, saved9, 'visitor', { mode: 'own', complexity: 9, fromAddress: false }],
    [
      'a link: shown as a visitor',
      'today.complexity=4',
      saved9,
      'visitor',
      { mode: 'shared', complexity: 4, fromAddress: false },
    ],
    [
      'a mirror of saved work: storage wins',
      'today.complexity=4',
      saved9,
      'mirror',
      { mode: 'own', complexity: 9, fromAddress: false },
    ],
    [
      'a mirror, storage emptied since (another tab reset)',
      'today.complexity=4',
      nothing,
      'mirror',
      { mode: 'own', complexity: DEFAULT, fromAddress: false },
    ],
    [
      'an unsaved edit over older saved work: the address wins',
      'today.complexity=4',
      saved9,
      'unsaved',
      { mode: 'own', complexity: 4, fromAddress: true },
    ],
    [
      'an unsaved first edit, nothing saved (full storage): the address wins',
      'today.complexity=4',
      nothing,
      'unsaved',
      { mode: 'own', complexity: 4, fromAddress: true },
    ],
    [
      'an unsaved edit that storage holds after all',
      'today.complexity=4',
      saved4,
      'unsaved',
      { mode: 'own', complexity: 4, fromAddress: false },
    ],
    [
      'an unsaved edit, storage not usable: the address wins',
      'today.complexity=4',
      unusable,
      'unsaved',
      { mode: 'own', complexity: 4, fromAddress: true },
    ],
    [
      'a link, storage not usable',
      'today.complexity=4',
      unusable,
      'visitor',
      { mode: 'shared', complexity: 4, fromAddress: false },
    ],
  ])('%s', (_, address, stored, role, expected) => {
    const o = decideOpening(anx, address === null ? null : url(address), stored, role);
    expect({ mode: o.mode, complexity: o.value.today.complexity, fromAddress: o.fromAddress }).toEqual(expected);
    // Whatever opens, the base is what storage holds, so the next save merges against it.
    expect(o.base.raw).toBe(stored.ok ? stored.raw : null);
  });
});
