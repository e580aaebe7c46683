import { describe, expect, it } from 'vitest';
import { type SpectrumState, spectrumCodec } from '../../src/lib/spectrum/codec';
import { codecFormat, type StoreFormat } from '../../src/lib/state/format';
import { newItemId } from '../../src/lib/state/ids';
import { changedPaths, type DataPath, restorePaths, within } from '../../src/lib/state/merge';
import { isLater, type RevisionLog, readStamp, remember, stampText } from '../../src/lib/state/revision';
import { lostEdits, planSave, type Snapshot, takeIncoming } from '../../src/lib/state/sync';

describe('revision stamps', () => {
  it('stamp and read back; text without a stamp reads whole', () => {
    const text = stampText({ id: 'ab12', parent: '', time: 1765000000000 }, 'place=A_1_1');
    expect(text).toBe('_rev=ab12.-.1765000000000&place=A_1_1');
    expect(readStamp(text)).toEqual({ rev: { id: 'ab12', parent: '', time: 1765000000000 }, raw: 'place=A_1_1' });
    expect(readStamp('place=A_1_1')).toEqual({ rev: null, raw: 'place=A_1_1' });
    expect(readStamp('_rev=BAD&place=A_1_1')).toEqual({ rev: null, raw: '_rev=BAD&place=A_1_1' });
    expect(readStamp('{"format":1}').rev).toBeNull();
  });

  it('orders edits by time, then by revision id, the same from either side', () => {
    expect(isLater({ time: 2, id: 'a' }, { time: 1, id: 'z' })).toBe(true);
    expect(isLater({ time: 1, id: 'b' }, { time: 1, id: 'a' })).toBe(true);
    expect(isLater({ time: 1, id: 'a' }, { time: 1, id: 'b' })).toBe(false);
  });
});

type S = SpectrumState;
const format: StoreFormat<S> = codecFormat(spectrumCodec);

/** A seeded random source (a linear congruential generator), so every run of the rounds is the same. */
function seeded(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

/**
 * Storage shared by tabs as a browser keeps it: one stored text, and each tab's own view of it, which
 * hears another tab's write only when that write's storage event is delivered. Two tabs that save at
 * the same instant each save over a text the other has not seen yet.
 */
class Shared {
  text: string | null = null;
  queue: { to: Tab; text: string | null }[] = [];
  tabs: Tab[] = [];
  write(from: Tab, text: string | null) {
    this.text = text;
    from.view = text;
    for (const t of this.tabs) if (t !== from) this.queue.push({ to: t, text });
  }
  /** Delivers storage events, first-in first-out, until no tab writes any more. */
  settle() {
    for (let guard = 0; this.queue.length > 0; guard++) {
      if (guard > 1000) throw new Error('tabs keep writing');
      const e = this.queue.shift();
      if (e) e.to.hear(e.text);
    }
  }
}

/** One tab, doing with the library's functions what the saved-state hook does. */
class Tab {
  view: string | null = null;
  value: S = format.defaults();
  base: Snapshot<S> = { raw: null, value: format.defaults() };
  log: RevisionLog<S> = new Map();
  mine = { time: 0, id: '' };
  touched: DataPath[] = [];
  /** The undo on offer: this tab's value before another tab's edit won, and where. */
  offer: { ours: S; at: DataPath[] } | null = null;
  constructor(
    readonly shared: Shared,
    readonly random: () => number,
    readonly revisions: boolean,
  ) {
    shared.tabs.push(this);
  }
  rebase(next: Snapshot<S>) {
    this.base = next;
    this.log = remember(this.log, next.rev, next.value);
  }
  open() {
    this.view = this.shared.text;
    const kept = this.view === null ? null : readStamp(this.view);
    const read = kept ? format.read(kept.raw) : null;
    this.value = read?.ok ? read.value : format.defaults();
    this.rebase({ raw: kept?.raw ?? null, value: this.value, rev: kept?.rev ?? null });
  }
  edit(fn: (s: S) => S, time: number) {
    this.offer = null;
    const before = this.value;
    this.value = fn(before);
    this.mine = { ...this.mine, time };
    for (const p of changedPaths(before, this.value)) if (!this.touched.some((q) => within(p, q))) this.touched.push(p);
    this.save();
  }
  save(force = false) {
    const next = newItemId(this.random, this.log.keys());
    const ours = this.value;
    const plan = this.revisions
      ? planSave(format, this.base, ours, this.view, { log: this.log, mine: { ...this.mine, id: next }, next, force })
      : planSave(format, this.base, ours, this.view);
    if (plan.blocked) throw new Error('blocked');
    if (plan.write) this.shared.write(this, plan.raw);
    this.rebase(plan.base);
    if (plan.write) this.mine = { ...this.mine, id: next };
    if (plan.value !== ours) {
      this.value = plan.value;
      if (plan.kept === 'theirs') this.offerBack(ours, plan.value, plan.conflicts);
    }
  }
  hear(text: string | null) {
    this.view = text;
    const ours = this.value;
    const taken = this.revisions
      ? takeIncoming(format, this.base, ours, text, { log: this.log, mine: this.mine })
      : takeIncoming(format, this.base, ours, text);
    if (!taken) throw new Error('unreadable');
    this.rebase(taken.base);
    if (taken.value !== ours) {
      this.value = taken.value;
      this.offerBack(ours, taken.value, taken.kept === 'theirs' ? taken.conflicts : []);
    }
    if (this.revisions && (taken.value !== ours || taken.rewrite)) this.save(taken.rewrite);
    else if (taken.value !== ours) this.save();
  }
  offerBack(ours: S, now: S, lost: readonly DataPath[]) {
    const at = lostEdits(ours, now, lost, this.touched, format.pointers);
    // Without revisions the hook offered nothing back; the rounds below then show what is lost.
    if (at.length > 0 && this.revisions) this.offer = { ours, at };
  }
  /** What undo would give back, or null when nothing is offered. */
  undone(): S | null {
    return this.offer ? restorePaths(this.value, this.offer.ours, this.offer.at) : null;
  }
}

const nameOf = (s: S | null, id: string) => s?.offerings.find((o) => o.id === id)?.name ?? '';

/**
 * Fifty rounds of two tabs typing into the same offering's name at the same instant (the same
 * millisecond in half the rounds): returns the typed pieces that ended neither in the name both tabs
 * show nor in what undo offers back in the tab that typed them, and rounds where the tabs disagree.
 */
function rounds(revisions: boolean): { lost: string[]; apart: number[] } {
  const shared = new Shared();
  const random = seeded(26);
  const a = new Tab(shared, random, revisions);
  const b = new Tab(shared, random, revisions);
  a.open();
  a.edit(
    (s) => ({
      ...s,
      offerings: [{ id: 'k3f9', name: 'Start', frequency: { from: 5, to: 5 }, complexity: { from: 5, to: 5 } }],
    }),
    1,
  );
  shared.settle();
  b.open();
  const lost: string[] = [];
  const apart: number[] = [];
  for (let r = 0; r < 50; r++) {
    const t = 1000 * (r + 1);
    const pieces: [Tab, string][] = [
      [a, `<a${r}>`],
      [b, `<b${r}>`],
    ];
    for (const [tab, piece] of pieces) {
      tab.edit(
        (s) => ({
          ...s,
          offerings: s.offerings.map((o) => (o.id === 'k3f9' ? { ...o, name: `${o.name}${piece}`.slice(-60) } : o)),
        }),
        r % 2 === 0 ? t : t + (tab === a ? 1 : 0),
      );
    }
    shared.settle();
    const stored = shared.text === null ? null : format.read(readStamp(shared.text).raw);
    const kept = stored?.ok ? nameOf(stored.value, 'k3f9') : '';
    if (nameOf(a.value, 'k3f9') !== kept || nameOf(b.value, 'k3f9') !== kept) apart.push(r);
    for (const [tab, piece] of pieces) {
      if (!kept.includes(piece) && !nameOf(tab.undone(), 'k3f9').includes(piece)) lost.push(piece);
    }
  }
  return { lost, apart };
}

describe('two tabs typing into the same field at the same instant, 50 rounds', () => {
  it('with revisions: both tabs and storage agree, and every piece typed is kept or offered back by undo', () => {
    expect(rounds(true)).toEqual({ lost: [], apart: [] });
  });

  it('without revisions (as before), the same rounds lose typing: the simulation can tell', () => {
    const before = rounds(false);
    expect(before.lost.length + before.apart.length).toBeGreaterThan(0);
  });
});
