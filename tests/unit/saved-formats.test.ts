import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anxietyCodec } from '../../src/lib/anxiety/codec';
import { kanoCodec } from '../../src/lib/kano/codec';
import { readSettings, writeSettings } from '../../src/lib/kano/saved-settings';
import { settingsFormat } from '../../src/lib/kano/settings-sync';
import { parseSurvey } from '../../src/lib/kano/survey';
import { readReading } from '../../src/lib/learn/reading';
import { isDue } from '../../src/lib/learn/schedule';
import { learnFormat, writeLearn } from '../../src/lib/learn/store';
import { profileFormat } from '../../src/lib/profile/stored';
import { KEPT_ADDRESS, readKeptAddress, writeKeptAddress } from '../../src/lib/questionnaire/kept-address';
import { quizCodec } from '../../src/lib/quiz/codec';
import { spectrumCodec } from '../../src/lib/spectrum/codec';
import { codecFormat, type StoreFormat } from '../../src/lib/state/format';
import { readStamp } from '../../src/lib/state/revision';
import { storageKey } from '../../src/lib/state/storage';
import { decideOpening } from '../../src/lib/state/sync';
import { RECOGNITION } from './kano-recognition';

const DIR = join(__dirname, '..', 'fixtures', 'saved');
const fileOf = (key: string, variant = '') => `${key.replaceAll(':', '_')}${variant}.txt`;
const fixture = (key: string, variant = '') => readFileSync(join(DIR, fileOf(key, variant)), 'utf8');

/** Reads a fixture the way a page opening with nothing in its address does. */
function open<S>(format: StoreFormat<S>, variant = ''): S {
  const key = storageKey(format.name, format.version);
  const opening = decideOpening(format, null, { ok: true, raw: fixture(key, variant) });
  expect(opening.mode).toBe('own');
  expect(opening.unreadable).toBeNull();
  expect(opening.notices).toEqual([]);
  expect(opening.problems).toEqual([]);
  return opening.value;
}

describe('every saved format in use today is read by the current code', () => {
  it('has a test for every fixture', () => {
    const tested = [
      'cx-spectrum:spectrum-grid:v1',
      'cx-spectrum:value-quiz:v1',
      'cx-spectrum:kano:v1',
      'cx-spectrum:anxiety-gap:v1',
      'cx-spectrum:kano-survey:v1',
      'cx-spectrum:kano-survey-settings:v1',
      'cx-spectrum:kano-questionnaire:v1',
      'cx-spectrum:profile:v1',
      'cx-spectrum:learn:v1',
      'cx-spectrum:reading:v1',
    ].map((k) => fileOf(k));
    tested.push(fileOf('cx-spectrum:profile:v1', '.file-v2'), fileOf('cx-spectrum:profile:v1', '.file-v3'));
    tested.push(fileOf('cx-spectrum:spectrum-grid:v1', '.pids'), fileOf('cx-spectrum:spectrum-grid:v1', '.stamped'));
    tested.push(fileOf('cx-spectrum:kano-survey-settings:v1', '.settings-v2'));
    tested.push(fileOf('cx-spectrum:kano-survey-settings:v1', '.stamped'));
    const files = readdirSync(DIR).filter((f) => f.endsWith('.txt'));
    expect(files.sort()).toEqual(tested.sort());
  });

  it('review cards v1: two cards, one due on 3 March and one on 5 March; written back unchanged', () => {
    const s = open(learnFormat);
    expect(Object.keys(s.cards).sort()).toEqual(['fs-better', 'sp-axes']);
    expect(s.cards['sp-axes']?.right).toBe(false);
    expect(s.cards['fs-better']?.scheduledDays).toBe(3);
    const day4 = new Date('2026-03-04T00:00:00Z');
    expect(s.cards['sp-axes'] && isDue(s.cards['sp-axes'], day4)).toBe(true);
    expect(s.cards['fs-better'] && isDue(s.cards['fs-better'], day4)).toBe(false);
    expect(writeLearn(s)).toBe(fixture('cx-spectrum:learn:v1'));
  });

  it('reading v1: two chapters read, the last one opened', () => {
    expect(readReading(fixture('cx-spectrum:reading:v1'))).toEqual({
      read: ['beyond-attention', 'spectrum'],
      last: 'four-sources-of-value',
    });
  });

  it('spectrum grid v1 (text version 1: no ids, each offering known by its position)', () => {
    const s = open(codecFormat(spectrumCodec));
    expect(s.offerings.map((o) => o.name)).toEqual(['Meal kit', 'Car']);
    expect(s.offerings.map((o) => o.id)).toEqual(['1', '2']);
    expect(s.offerings[1]?.frequency).toEqual({ from: 2, to: 9 });
    expect(s.offerings[1]?.complexity).toEqual({ from: 8, to: 8 });
    expect(s.selected).toBe(1);
    expect(s.showReferences).toBe(false);
  });

  it('spectrum grid v1, text version 2: the offerings keep their ids', () => {
    const s = open(codecFormat(spectrumCodec), '.pids');
    expect(s.offerings.map((o) => [o.id, o.name])).toEqual([
      ['k3f9', 'Meal kit'],
      ['x8b1', 'Car'],
    ]);
    expect(s.selected).toBe(1);
  });

  it('spectrum grid v1, stamped with the revision it was saved as: read without the stamp', () => {
    const format = codecFormat(spectrumCodec);
    const opening = decideOpening(format, null, { ok: true, raw: fixture('cx-spectrum:spectrum-grid:v1', '.stamped') });
    expect(opening.base.rev).toEqual({ id: 'r2d2', parent: 'c3po', time: 1765000000000 });
    expect(opening.value.offerings.map((o) => [o.id, o.name])).toEqual([
      ['k3f9', 'Meal kit'],
      ['x8b1', 'Car'],
    ]);
    expect(opening.notices).toEqual([]);
    expect(opening.unreadable).toBeNull();
  });

  it('value quiz v1', () => {
    const s = open(codecFormat(quizCodec));
    expect(s.offering).toBe('Meal kit');
    expect(Object.keys(s.answers)).toHaveLength(16);
    expect(s.answers.problem1).toBe(5);
    expect(s.answers.look4).toBe(3);
    expect([s.frequency, s.complexity]).toEqual([7, 3]);
  });

  it('Kano classifier v1', () => {
    expect(open(codecFormat(kanoCodec))).toEqual({
      mode: 'single',
      feature: 'Skip a week',
      functional: 'like',
      dysfunctional: 'neutral',
    });
  });

  it('anxiety-gap calculator v1', () => {
    const s = open(codecFormat(anxietyCodec));
    expect(s.today).toMatchObject({ gap: 3, gapUnit: 'day', complexity: 9 });
    expect(s.changed).toMatchObject({ gap: 1, gapUnit: 'day' });
    expect(s.business).toMatchObject({ customers: 500 });
    expect(s.currency).toBe('EUR');
  });

  it('Kano survey text v1 (kept as pasted)', () => {
    const survey = parseSurvey(fixture('cx-spectrum:kano-survey:v1'), RECOGNITION);
    expect(survey.respondents).toBe(3);
    expect(survey.features.map((f) => f.name)).toEqual(['Skip a week', 'Recipe cards']);
    expect(survey.issues.filter((i) => i.severity !== 'note')).toEqual([]);
  });

  /** The header row the kept Kano survey choices were made for. */
  const KANO_HEADER = [
    'Respondent',
    'Skip a week (functional)',
    'Skip a week (dysfunctional)',
    'Recipe cards (functional)',
    'Recipe cards (dysfunctional)',
  ];

  it('Kano survey mapping and choices v1', () => {
    const settings = readSettings(fixture('cx-spectrum:kano-survey-settings:v1'), KANO_HEADER);
    expect(settings?.mapping?.features.map((f) => [f.name, f.functional, f.dysfunctional])).toEqual([
      ['Skip a week', 1, 2],
      ['Recipe cards', 3, 4],
    ]);
    expect(settings?.options).toEqual({ table: 'standard', rule: 'most-frequent' });
    // Before version 2 no order was kept: the priority list takes its default.
    expect(settings?.priority).toBeUndefined();
    // Before ids each mapping row is known by its position.
    expect(settings?.mapping?.features.map((f) => f.id)).toEqual(['1', '2']);
  });

  it('Kano survey mapping and choices, settings version 2 as written today: row ids and the priority order kept, written back unchanged', () => {
    const header = [...KANO_HEADER, 'Importance: Skip a week'];
    const raw = fixture('cx-spectrum:kano-survey-settings:v1', '.settings-v2');
    const settings = readSettings(raw, header);
    expect(settings).toEqual({
      mapping: {
        features: [
          { id: 'q7ts', name: 'Recipe cards', functional: 3, dysfunctional: 4, importance: null },
          { id: '1', name: 'Skip a week', functional: 1, dysfunctional: 2, importance: 5 },
        ],
        segment: null,
      },
      answers: { 'love it': 'like' },
      options: { table: 'standard', rule: 'most-frequent', maxQuestionable: 1 },
      priority: 'better',
    });
    expect(settings && writeSettings(header, settings)).toBe(raw);
  });

  it('Kano survey mapping and choices as kept across tabs: a revision stamp, and how each proposed row was found', () => {
    const header = [...KANO_HEADER, 'Importance: Skip a week'];
    const kept = open(settingsFormat, '.stamped');
    expect(kept.header).toEqual(header);
    // Row 1 was proposed from its column names; row 2's columns were changed by the reader; row 3 was added.
    expect(kept.settings.mapping?.features.map((f) => [f.id, f.name, f.found ?? 'reader'])).toEqual([
      ['1', 'Skip a week', 'header'],
      ['2', 'Cards', 'reader'],
      ['w3xa', 'Feature 3', 'reader'],
    ]);
    expect(kept.settings.priority).toBe('worse');
    // The survey view reads it as before (without the stamp), and writes the same text back.
    const raw = fixture('cx-spectrum:kano-survey-settings:v1', '.stamped');
    const stamp = readStamp(raw);
    expect(stamp.rev).toEqual({ id: 'k2m9', parent: 'q7ts', time: 1764969600000 });
    expect(readSettings(stamp.raw, header)).toEqual(kept.settings);
    expect(settingsFormat.write(kept)).toBe(stamp.raw);
  });

  it('Kano survey view: the questionnaire address kept with the collected codes v1', () => {
    const raw = fixture(storageKey(KEPT_ADDRESS.name, KEPT_ADDRESS.version));
    const address = readKeptAddress(raw);
    expect(address).toBe('https://example.org/answer/?f1=Skip+a+week&f2=Recipe+cards&set=like-expect');
    expect(writeKeptAddress(address ?? '')).toBe(raw);
  });

  it('offering profile, file version 2 (before ids): offerings and touchpoints known by their positions', () => {
    const p = open(profileFormat, '.file-v2');
    expect(p.offerings.map((o) => [o.id, o.name])).toEqual([
      ['1', 'Meal kit'],
      ['2', 'Car'],
    ]);
    expect(p.offerings[0]?.ownership).toEqual([
      { id: '1', name: 'Delivery', owner: 'logistics', contributors: ['support'], voices: ['marketing'] },
    ]);
  });

  it('offering profile, file version 3 as written today: ids kept', () => {
    const p = open(profileFormat, '.file-v3');
    expect(p.offerings.map((o) => [o.id, o.name])).toEqual([
      ['m3a1', 'Meal kit'],
      ['c4r2', 'Car'],
    ]);
    expect(p.offerings[0]?.ownership.map((t) => [t.id, t.name])).toEqual([['d3lv', 'Delivery']]);
    expect(p.offerings[0]?.tools['spectrum-grid']).toBe('place=Car_2-9_8&place=Meal+kit_7_3&pids=k3f9.x8b1&read=2');
  });

  it('offering profile v1 (file version 1, before the ownership map)', () => {
    const p = open(profileFormat);
    expect(p.current).toBe(1);
    expect(p.offerings.map((o) => [o.id, o.name])).toEqual([
      ['1', 'Meal kit'],
      ['2', 'Car'],
    ]);
    expect(p.offerings[0]?.answers.realise).toBe(
      'At the first dinner cooked without a trip to the shop.\nThen every week.',
    );
    expect(p.offerings[0]?.tools.kano).toBe('kano-feature=Skip+a+week&kano-functional=like&kano-dysfunctional=neutral');
  });

  it('writes each format back as it was read, so opening never rewrites saved work', () => {
    for (const format of [
      codecFormat(spectrumCodec),
      codecFormat(quizCodec),
      codecFormat(kanoCodec),
      codecFormat(anxietyCodec),
      profileFormat,
    ] as StoreFormat<unknown>[]) {
      const raw = fixture(storageKey(format.name, format.version), format === profileFormat ? '.file-v3' : '');
      const read = format.read(raw);
      expect(read.ok).toBe(true);
      if (read.ok) expect(format.write(read.value)).toBe(raw);
    }
    const grid = codecFormat(spectrumCodec);
    const withIds = fixture('cx-spectrum:spectrum-grid:v1', '.pids');
    const read = grid.read(withIds);
    expect(read.ok && grid.write(read.value)).toBe(withIds);
  });
});
