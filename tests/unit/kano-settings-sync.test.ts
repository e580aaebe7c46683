import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FeatureMapping } from '../../src/lib/kano/mapping';
import { DEFAULT_OPTIONS } from '../../src/lib/kano/options';
import { writeSettings } from '../../src/lib/kano/saved-settings';
import {
  hearSettings,
  type KeptSettings,
  type KeptTexts,
  keptSettings,
  otherSurvey,
  placesAt,
  planSurveySave,
  settingsFormat,
} from '../../src/lib/kano/settings-sync';
import type { DataPath } from '../../src/lib/state/merge';
import { type RevisionLog, readStamp, remember, stampText } from '../../src/lib/state/revision';
import { lostEdits, planSave, type Snapshot, takeIncoming } from '../../src/lib/state/sync';

// Issue 26: two tabs on the Kano survey view. Each save of the choices carries its revision and is merged by
// mapping row id with what the other tab saved; a clash on one field keeps the later edit, and the tab whose
// edit lost is told where (and undo can give it back); a different survey in the other tab is never written over.

const TEXT = 'the survey text';
const header = [
  'Respondent',
  ...['A', 'B', 'C', 'D', 'E', 'F'].flatMap((n) => [`${n} (functional)`, `${n} (dysfunctional)`]),
];
const rows: FeatureMapping[] = ['A', 'B', 'C', 'D', 'E', 'F'].map((name, i) => ({
  name,
  functional: 1 + 2 * i,
  dysfunctional: 2 + 2 * i,
  importance: null,
  found: 'header',
}));
const start = keptSettings(header, {
  mapping: { features: rows, segment: null },
  answers: {},
  options: DEFAULT_OPTIONS,
});
const stored0: KeptTexts = {
  text: TEXT,
  settings: stampText({ id: 'r0', parent: '', time: 1 }, writeSettings(start.header, start.settings)),
};

/** One tab's side: what it last knew saved, the revisions it has seen, what it shows, and where the reader edited. */
interface Tab {
  base: Snapshot<KeptSettings>;
  log: RevisionLog<KeptSettings>;
  ours: KeptSettings;
  time: number;
  touched: DataPath[];
  lost: DataPath[];
}

function open(stored: KeptTexts): Tab {
  const kept = readStamp(stored.settings ?? '');
  const read = settingsFormat.read(kept.raw);
  if (!read.ok) throw new Error('the start text did not read');
  return {
    base: { raw: kept.raw, value: read.value, rev: kept.rev },
    log: remember(new Map(), kept.rev, read.value),
    ours: read.value,
    time: 0,
    touched: [],
    lost: [],
  };
}

const withRows = (k: KeptSettings, f: (rows: FeatureMapping[]) => FeatureMapping[]): KeptSettings => ({
  ...k,
  settings: { ...k.settings, mapping: { features: f(k.settings.mapping?.features ?? []), segment: null } },
});
const rename = (id: string, name: string) => (k: KeptSettings) =>
  withRows(k, (fs) => fs.map((f) => (f.id === id ? { ...f, name } : f)));
const remove = (id: string) => (k: KeptSettings) => withRows(k, (fs) => fs.filter((f) => f.id !== id));
const answer = (key: string) => (k: KeptSettings) => ({
  ...k,
  settings: { ...k.settings, answers: { ...k.settings.answers, [key]: 'neutral' as const } },
});
const rule = (k: KeptSettings) => ({
  ...k,
  settings: { ...k.settings, options: { table: 'standard' as const, rule: 'aom-vs-irq' as const } },
});

function edit(tab: Tab, fn: (k: KeptSettings) => KeptSettings, time: number, touched: DataPath): void {
  tab.ours = fn(tab.ours);
  tab.time = time;
  tab.touched.push(touched);
}

/** The tab saves (merging what storage holds, planned from the base planSurveySave gives, as the page's glue does); gives back what storage then holds. */
function save(tab: Tab, stored: KeptTexts, id: string): KeptTexts {
  const planned = planSurveySave({ known: TEXT, text: TEXT, ours: tab.ours, base: tab.base, stored });
  if (planned.kind !== 'save') throw new Error(`held: ${planned.reason}`);
  const plan = planSave(settingsFormat, planned.from, tab.ours, stored.settings, {
    log: tab.log,
    mine: { time: tab.time, id },
    next: id,
  });
  tab.lost.push(...lostEdits(tab.ours, plan.value, plan.kept === 'theirs' ? plan.conflicts : [], tab.touched));
  tab.ours = plan.value;
  tab.base = plan.base;
  tab.log = remember(tab.log, plan.base.rev, plan.base.value);
  return plan.write ? { text: TEXT, settings: plan.raw } : stored;
}

/** The tab hears another tab's save of the choices (taken in as the page's glue does when hearSettings says so). */
function hear(tab: Tab, stored: KeptTexts): void {
  const heard = hearSettings(tab.base, tab.ours, stored.settings);
  if (heard !== 'take') throw new Error(`not taken: ${heard}`);
  const incoming = takeIncoming(settingsFormat, tab.base, tab.ours, stored.settings, {
    log: tab.log,
    mine: { time: tab.time, id: '' },
  });
  if (!incoming) throw new Error('not read');
  tab.lost.push(
    ...lostEdits(tab.ours, incoming.value, incoming.kept === 'theirs' ? incoming.conflicts : [], tab.touched),
  );
  tab.ours = incoming.value;
  tab.base = incoming.base;
  tab.log = remember(tab.log, incoming.base.rev, incoming.base.value);
}

const names = (k: KeptSettings) => (k.settings.mapping?.features ?? []).map((f) => `${f.id}:${f.name}`);
const FEATURES: DataPath = ['settings', 'mapping', 'features'];

interface Case {
  name: string;
  a: [(k: KeptSettings) => KeptSettings, number, DataPath];
  b: [(k: KeptSettings) => KeptSettings, number, DataPath];
  rows: string[];
  /** The rows named where a tab's edit was replaced by the other's later one (as that tab had them). */
  aLost: string[];
  bLost: string[];
  also?: (k: KeptSettings) => void;
}

// Tab A saves first; tab B saves next, either having heard A's save or not yet. Times are the edits' own.
const cases: Case[] = [
  {
    name: 'A removes row 2, B renames row 5: both changes stay',
    a: [remove('2'), 100, [...FEATURES, '2']],
    b: [rename('5', 'Echo'), 200, [...FEATURES, '5', 'name']],
    rows: ['1:A', '3:C', '4:D', '5:Echo', '6:F'],
    aLost: [],
    bLost: [],
  },
  {
    name: 'the same name changed in both, B’s later: B’s stays and A is told',
    a: [rename('5', 'Alpha'), 100, [...FEATURES, '5', 'name']],
    b: [rename('5', 'Beta'), 200, [...FEATURES, '5', 'name']],
    rows: ['1:A', '2:B', '3:C', '4:D', '5:Beta', '6:F'],
    aLost: ['Alpha'],
    bLost: [],
  },
  {
    name: 'the same name changed in both, A’s later though saved first: A’s stays and B is told',
    a: [rename('5', 'Alpha'), 300, [...FEATURES, '5', 'name']],
    b: [rename('5', 'Beta'), 200, [...FEATURES, '5', 'name']],
    rows: ['1:A', '2:B', '3:C', '4:D', '5:Alpha', '6:F'],
    aLost: [],
    bLost: ['Beta'],
  },
  {
    name: 'a row removed in A and renamed later in B: it stays, renamed',
    a: [remove('5'), 100, [...FEATURES, '5']],
    b: [rename('5', 'Echo'), 200, [...FEATURES, '5', 'name']],
    rows: ['1:A', '2:B', '3:C', '4:D', '5:Echo', '6:F'],
    aLost: [],
    bLost: [],
  },
  {
    name: 'an answer read in A, the rule changed in B: both stay',
    a: [answer('meh'), 100, ['settings', 'answers', 'meh']],
    b: [rule, 200, ['settings', 'options', 'rule']],
    rows: ['1:A', '2:B', '3:C', '4:D', '5:E', '6:F'],
    aLost: [],
    bLost: [],
    also: (k) => {
      expect(k.settings.answers).toEqual({ meh: 'neutral' });
      expect(k.settings.options?.rule).toBe('aom-vs-irq');
    },
  },
];

describe('Kano survey choices saved from two tabs', () => {
  for (const heardFirst of [false, true]) {
    it.each(cases)(`$name (B ${heardFirst ? 'hears A’s save before saving' : 'saves before hearing A'})`, (c) => {
      const a = open(stored0);
      const b = open(stored0);
      edit(a, ...c.a);
      edit(b, ...c.b);
      let stored = save(a, stored0, 'ra');
      if (heardFirst) hear(b, stored);
      stored = save(b, stored, 'rb');
      hear(a, stored);
      for (const tab of [a, b]) {
        expect(names(tab.ours)).toEqual(c.rows);
        c.also?.(tab.ours);
      }
      // A reload (what storage holds) reads the same.
      const reloaded = open(stored).ours;
      expect(names(reloaded)).toEqual(c.rows);
      expect(placesAt(open(stored0).ours, []).rows).toEqual([]);
      // The tab whose edit lost is told which row, named as it had it.
      const lostRows = (tab: Tab, before: KeptSettings) => placesAt(before, tab.lost).rows;
      expect(lostRows(a, c.a[0](start))).toEqual(c.aLost);
      expect(lostRows(b, c.b[0](start))).toEqual(c.bLost);
    });
  }

  it('rows removed in one tab and other rows renamed in the other: every change kept, whichever saves first', () => {
    const ids = ['1', '2', '3', '4', '5', '6'];
    const split = fc.array(fc.constantFrom('keep', 'remove', 'rename'), { minLength: 6, maxLength: 6 });
    fc.assert(
      fc.property(split, fc.boolean(), fc.boolean(), (what, aFirst, heardFirst) => {
        const a = open(stored0);
        const b = open(stored0);
        ids.forEach((id, i) => {
          if (what[i] === 'remove') edit(a, remove(id), 100 + i, [...FEATURES, id]);
          if (what[i] === 'rename') edit(b, rename(id, `New ${id}`), 100 + i, [...FEATURES, id, 'name']);
        });
        const [first, second] = aFirst ? [a, b] : [b, a];
        let stored = save(first, stored0, 'r1');
        if (heardFirst) hear(second, stored);
        stored = save(second, stored, 'r2');
        hear(first, stored);
        // Worked out from the edits alone: a row is gone where A removed it, renamed where B renamed it.
        const expected = ids.flatMap((id, i) =>
          what[i] === 'remove' ? [] : [`${id}:${what[i] === 'rename' ? `New ${id}` : (rows[i]?.name ?? '')}`],
        );
        for (const tab of [a, b, open(stored)]) expect(names(tab.ours)).toEqual(expected);
        expect([...a.lost, ...b.lost]).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('a removed row keeps the others’ found-by label through the merge', () => {
    const a = open(stored0);
    const b = open(stored0);
    edit(a, remove('2'), 100, [...FEATURES, '2']);
    edit(b, rename('5', 'Echo'), 200, [...FEATURES, '5', 'name']);
    hear(b, save(a, stored0, 'ra'));
    expect(b.ours.settings.mapping?.features.every((f) => f.found === 'header')).toBe(true);
  });
});

describe('a different survey in the other tab', () => {
  const tab = open(stored0);
  const plan = (stored: KeptTexts, extra: { keep?: boolean; known?: string | null; ours?: KeptSettings } = {}) =>
    planSurveySave({
      known: extra.known === undefined ? TEXT : extra.known,
      text: TEXT,
      ours: extra.ours ?? tab.ours,
      base: tab.base,
      stored,
      ...(extra.keep === undefined ? {} : { keep: extra.keep }),
    });
  /** The choices' save planned from the base planSurveySave gave (as the page's glue plans it). */
  const choices = (stored: KeptTexts, from: Snapshot<KeptSettings>, ours: KeptSettings = tab.ours) =>
    planSave(settingsFormat, from, ours, stored.settings, { log: tab.log, mine: { time: 5, id: 'rx' }, next: 'rx' });
  const otherHeader = ['Respondent', 'Z (functional)', 'Z (dysfunctional)'];
  const other: KeptTexts = {
    text: 'another survey',
    settings: stampText({ id: 'o1', parent: '', time: 9 }, writeSettings(otherHeader, {})),
  };

  it.each([
    ['another tab opened a different survey', other, 'other-survey'],
    ['another tab cleared the survey', { text: null, settings: null }, 'other-survey'],
    [
      'the choices kept were written by a later version',
      { text: TEXT, settings: JSON.stringify({ version: 3, header, settings: {} }) },
      'unreadable',
    ],
  ] as const)('%s: the save is held, nothing written', (_, stored, reason) => {
    expect(plan(stored)).toEqual({ kind: 'held', reason });
  });

  it('the reader keeps this tab’s survey: written whole, over the other (its revision the parent)', () => {
    const kept = plan(other, { keep: true });
    if (kept.kind !== 'save') throw new Error('held');
    expect(kept.text).toBe(true);
    const written = choices(other, kept.from);
    expect(written.write).toBe(true);
    expect(written.blocked).toBe(false);
    expect(written.conflicts).toEqual([]);
    expect(readStamp(written.raw ?? '').rev?.parent).toBe('o1');
    expect(written.value).toBe(tab.ours);
  });

  it('another tab that opened the same survey is no other survey', () => {
    expect(plan({ text: TEXT, settings: null }, { known: null }).kind).toBe('save');
    expect(otherSurvey(null, TEXT, TEXT)).toBe(false);
    expect(otherSurvey(TEXT, TEXT, 'another survey')).toBe(true);
    expect(otherSurvey(TEXT, 'a new survey read here', TEXT)).toBe(false);
  });

  it('choices this tab made for a survey it just read replace the kept ones whole, unmerged', () => {
    const fresh = keptSettings(otherHeader, { answers: {} });
    const planned = plan(stored0, { ours: fresh });
    if (planned.kind !== 'save') throw new Error('held');
    const written = choices(stored0, planned.from, fresh);
    expect(written.value).toBe(fresh);
    expect(written.raw).toContain('"Z (functional)"');
  });

  it('another tab’s choices for another header are heard as another survey; later-version text is left alone', () => {
    expect(hearSettings(tab.base, tab.ours, other.settings)).toBe('other-survey');
    expect(hearSettings(tab.base, tab.ours, '{"version":3,"header":[],"settings":{}}')).toBe('ignored');
    expect(hearSettings(tab.base, tab.ours, null)).toBe('ignored');
  });
});
