import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type RevisionSetup, type Revisions, revisions } from '../../src/components/tools/shared/use-revisions';
import type { UndoApi, UndoOffer } from '../../src/components/tools/shared/use-undo';
import type { StoreFormat } from '../../src/lib/state/format';
import type { DataPath } from '../../src/lib/state/merge';
import { readStamp, stampText } from '../../src/lib/state/revision';

// The revision glue the tools' saved state and the class board share (issue 26): two tabs over one key, each a
// page as the hook sees it (a value shown, the reader's edit path, an undo slot), stepped by hand.

interface V {
  a: string;
  b: string;
}
const FORMAT: StoreFormat<V> = {
  name: 'glue',
  version: 1,
  defaults: () => ({ a: '', b: '' }),
  read: (raw) => {
    const m = /^a=([^&]*)&b=([^&]*)$/.exec(raw);
    return m
      ? { ok: true, value: { a: m[1] ?? '', b: m[2] ?? '' }, notices: [] }
      : { ok: false, problems: [{ code: 'bad' }] };
  },
  write: (v) => `a=${v.a}&b=${v.b}`,
};

/** The one storage key both tabs share, and how many times it was written. */
const store = { raw: null as string | null, writes: 0 };
const write = (raw: string | null) => {
  store.raw = raw;
  store.writes += 1;
  return 'saved' as const;
};

/** A tab: its value, the glue, its undo slot's offer and where it was told its values are offered back. */
function tab() {
  const page = {
    value: FORMAT.defaults(),
    offer: undefined as UndoOffer | undefined,
    said: [] as readonly DataPath[],
    glue: undefined as unknown as Revisions<V>,
  };
  const undo: Pick<UndoApi, 'offerUndo'> = {
    offerUndo: (o) => {
      page.offer = o;
    },
  };
  const setup: RevisionSetup<V> = {
    format: FORMAT,
    show: (v) => {
      page.value = v;
    },
    edit: (fn) => {
      const before = page.value;
      page.value = fn(before);
      page.glue.edited(before, page.value);
    },
    undo,
    words: (from, said) => ({
      message: `kept ${said.map((p) => p.join('.')).join(',')} (${from.a})`,
      undoneMessage: 'back',
    }),
    onOffer: (_, said) => {
      page.said = said;
    },
  };
  page.glue = revisions({ current: setup }, FORMAT.defaults());
  /** The reader edits here at `time` (ms), then the page saves. */
  const type = (time: number, fn: (v: V) => V) => {
    vi.setSystemTime(time);
    page.glue.withdraw();
    setup.edit(fn);
    return page.glue.save(page.value, store.raw, write);
  };
  return { page, type, hear: () => page.glue.take(page.value, store.raw) };
}

beforeEach(() => {
  vi.useFakeTimers();
  store.raw = null;
  store.writes = 0;
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the revision glue shared by saved state and the class board', () => {
  it('saves stamped text once per change; a save with nothing new writes nothing', () => {
    const one = tab();
    expect(one.type(1000, (v) => ({ ...v, a: 'x' }))).toBe('saved');
    expect(store.writes).toBe(1);
    const kept = readStamp(store.raw ?? '');
    expect(kept.raw).toBe('a=x&b=');
    expect(kept.rev).toMatchObject({ parent: '', time: 1000 });
    expect(one.page.glue.save(one.page.value, store.raw, write)).toBe('saved');
    expect(store.writes).toBe(1);
    expect(one.page.glue.base().value).toEqual({ a: 'x', b: '' });
  });

  it('takes in another tab’s field and keeps its own; a save over a tab it has not heard merges first', () => {
    const [one, two] = [tab(), tab()];
    one.type(1000, (v) => ({ ...v, a: 'x' }));
    expect(two.hear()).toEqual({ changed: true, rewrite: false });
    expect(two.page.value).toEqual({ a: 'x', b: '' });
    // Tab two edits b and saves; tab one edits a again before hearing it: its save merges b in.
    two.type(2000, (v) => ({ ...v, b: 'y' }));
    one.type(3000, (v) => ({ ...v, a: 'xx' }));
    expect(one.page.value).toEqual({ a: 'xx', b: 'y' });
    expect(readStamp(store.raw ?? '').raw).toBe('a=xx&b=y');
    expect(one.page.offer).toBeUndefined();
  });

  it('a clash: the later edit wins in both tabs, the earlier is offered back by undo, and a second loss keeps the first offer', () => {
    const [one, two] = [tab(), tab()];
    one.type(1000, (v) => ({ ...v, a: 'mine' }));
    two.hear();
    two.type(2000, (v) => ({ ...v, a: 'theirs' }));
    // Tab one typed again at 1500, before hearing tab two's later edit (2000): tab two's stands.
    vi.setSystemTime(1500);
    one.page.glue.withdraw();
    const before = one.page.value;
    one.page.value = { ...before, a: 'mine2' };
    one.page.glue.edited(before, one.page.value);
    expect(one.hear()).toEqual({ changed: true, rewrite: true });
    expect(one.page.value).toEqual({ a: 'theirs', b: '' });
    expect(one.page.said).toEqual([['a']]);
    expect(one.page.offer?.message).toBe('kept a (mine2)');
    // The rewrite is the next save: the same text, written again under a new revision.
    const writes = store.writes;
    one.page.glue.save(one.page.value, store.raw, write);
    expect(store.writes).toBe(writes + 1);
    expect(readStamp(store.raw ?? '').raw).toBe('a=theirs&b=');
    // A second edit by tab two before undo: the offer still gives back tab one's own value, not the merged one.
    two.hear();
    two.type(4000, (v) => ({ ...v, a: 'theirs2' }));
    one.hear();
    expect(one.page.value.a).toBe('theirs2');
    expect(one.page.offer?.message).toBe('kept a (mine2)');
    one.page.offer?.undo();
    expect(one.page.value).toEqual({ a: 'mine2', b: '' });
    expect(one.page.said).toEqual([]);
  });

  it('never writes over text it cannot read: the save is held', () => {
    const one = tab();
    store.raw = 'not the format';
    expect(one.type(1000, (v) => ({ ...v, a: 'x' }))).toBe('held');
    expect(store.raw).toBe('not the format');
    expect(store.writes).toBe(0);
    expect(one.hear()).toBeNull();
  });
  it('forgets where the reader edited: another tab’s later change there is then not offered back', () => {
    const [one, two] = [tab(), tab()];
    one.type(1000, (v) => ({ ...v, a: 'mine' }));
    two.hear();
    two.type(2000, (v) => ({ ...v, a: 'theirs' }));
    one.page.glue.forget();
    expect(one.hear()).toEqual({ changed: true, rewrite: false });
    expect(one.page.value).toEqual({ a: 'theirs', b: '' });
    expect(one.page.offer).toBeUndefined();
    expect(one.page.said).toEqual([]);
    // Without forgetting, the same change is offered back (the value was edited here).
    const [three, four] = [tab(), tab()];
    store.raw = null;
    three.type(3000, (v) => ({ ...v, a: 'mine' }));
    four.hear();
    four.type(4000, (v) => ({ ...v, a: 'theirs' }));
    three.hear();
    expect(three.page.said).toEqual([['a']]);
  });

  it('plans from a base the page gives: what storage holds is then replaced whole, its revision the parent', () => {
    const one = tab();
    const other = stampText({ id: 'o1', parent: '', time: 9000 }, 'a=p&b=q');
    store.raw = other;
    vi.setSystemTime(1000);
    one.page.glue.edited(one.page.value, { a: 'x', b: '' });
    one.page.value = { a: 'x', b: '' };
    const from = { raw: 'a=p&b=q', value: { a: 'p', b: 'q' }, rev: readStamp(other).rev };
    expect(one.page.glue.save(one.page.value, store.raw, write, { from })).toBe('saved');
    const kept = readStamp(store.raw ?? '');
    expect(kept.raw).toBe('a=x&b=');
    expect(kept.rev?.parent).toBe('o1');
    expect(one.page.value).toEqual({ a: 'x', b: '' });
    // Planned from its own base instead, the same save merges: storage's b comes in, and its a (the later edit) wins.
    const two = tab();
    store.raw = other;
    two.page.value = { a: 'x', b: '' };
    two.page.glue.save(two.page.value, store.raw, write);
    expect(two.page.value).toEqual({ a: 'p', b: 'q' });
  });

  it('a companion write goes first, even when the key is unchanged; when it fails the key waits and nothing is taken as saved', () => {
    const one = tab();
    const order: string[] = [];
    const logged = (raw: string | null) => {
      order.push('key');
      return write(raw);
    };
    const first = () => {
      order.push('first');
      return 'full' as const;
    };
    vi.setSystemTime(1000);
    one.page.value = { a: 'x', b: '' };
    expect(one.page.glue.save(one.page.value, store.raw, logged, { first })).toBe('full');
    expect(order).toEqual(['first']);
    expect(store.writes).toBe(0);
    expect(one.page.glue.base().raw).toBeNull();
    const ok = () => {
      order.push('first');
      return 'saved' as const;
    };
    expect(one.page.glue.save(one.page.value, store.raw, logged, { first: ok })).toBe('saved');
    expect(order).toEqual(['first', 'first', 'key']);
    expect(one.page.glue.base().value).toEqual({ a: 'x', b: '' });
    // Nothing new for the key: the companion is still written, the key not.
    expect(one.page.glue.save(one.page.value, store.raw, logged, { first: ok })).toBe('saved');
    expect(order).toEqual(['first', 'first', 'key', 'first']);
    expect(store.writes).toBe(1);
  });
});
