import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { gridNotice } from '../../src/components/tools/spectrum-grid/notice-text';
import { loadText } from '../../src/i18n/text';
import type { SpectrumState } from '../../src/lib/spectrum/codec';
import {
  decodeSpectrum,
  encodeSpectrum,
  SPECTRUM_KEYS,
  spectrumCodec,
  spectrumDefaults,
} from '../../src/lib/spectrum/codec';
import { MAX_NAME_LENGTH, MAX_OFFERINGS, type Offering, spanOf } from '../../src/lib/spectrum/offering';

beforeAll(() => loadText('en', ['notices']));

const score = fc.integer({ min: 0, max: 100 }).map((n) => n / 10);
const span = fc.tuple(score, score).map(([a, b]) => spanOf(a, b));
// A valid name: plain text as a reader could type it, trimmed, no control characters, not too long.
const name = fc
  .string({ unit: 'grapheme', maxLength: MAX_NAME_LENGTH })
  // biome-ignore lint/suspicious/noControlCharactersInRegex: excluding control characters is the point
  .map((s) => s.replace(/[\u0000-\u001f\u007f]/g, '').trim())
  .filter((s) => s.length <= MAX_NAME_LENGTH);
const offering: fc.Arbitrary<Offering> = fc.record({ name, frequency: span, complexity: span });
// Ids as a tab makes them (four characters) or as they are given on read (positions), never two alike.
const ids = fc.uniqueArray(fc.oneof(fc.stringMatching(/^[a-z0-9]{4}$/), fc.constantFrom('1', '2', '3')), {
  minLength: MAX_OFFERINGS,
  maxLength: MAX_OFFERINGS,
});
const state: fc.Arbitrary<SpectrumState> = fc
  .record({
    offerings: fc
      .tuple(fc.array(offering, { maxLength: MAX_OFFERINGS }), ids)
      .map(([os, idList]) => os.map((o, i) => ({ id: idList[i] ?? String(i + 1), ...o }))),
    selected: fc.nat({ max: MAX_OFFERINGS - 1 }),
    showReferences: fc.boolean(),
  })
  .map((s) => ({ ...s, selected: s.offerings.length === 0 ? 0 : s.selected % s.offerings.length }));

function roundTrip(s: SpectrumState) {
  return decodeSpectrum(new URLSearchParams(encodeSpectrum(s).toString()));
}

describe('spectrum codec', () => {
  it('round-trips any valid state through a URL, with no notices', () => {
    fc.assert(
      fc.property(state, (s) => {
        const back = roundTrip(s);
        expect(back.notices).toEqual([]);
        expect(back.value).toEqual(s);
      }),
      { numRuns: 300 },
    );
  });

  it('writes nothing for the defaults, and an empty place for an empty plane', () => {
    expect(encodeSpectrum(spectrumDefaults()).toString()).toBe('');
    const empty = { offerings: [], selected: 0, showReferences: true };
    expect(encodeSpectrum(empty).toString()).toBe('place=');
    expect(roundTrip(empty).value).toEqual(empty);
  });

  it('writes readable keys', () => {
    const s: SpectrumState = {
      offerings: [
        { name: 'Meal kit', frequency: spanOf(7, 7), complexity: spanOf(3, 3) },
        { name: 'Our car', frequency: spanOf(1, 9.5), complexity: spanOf(2.5, 8) },
      ],
      selected: 1,
      showReferences: false,
    };
    expect(encodeSpectrum(s).toString()).toBe('place=Meal+kit_7_3&place=Our+car_1-9.5_2.5-8&read=2&refs=hidden');
    expect(spectrumCodec.name).toBe('spectrum-grid');
    expect(SPECTRUM_KEYS).toEqual(['place', 'read', 'refs', 'pids']);
    // Ids other than positions travel as one key, joined by dots (counted: 5 characters per offering, plus 5).
    const withIds = { ...s, offerings: s.offerings.map((o, i) => ({ ...o, id: ['k3f9', 'x8b1'][i] ?? '' })) };
    expect(encodeSpectrum(withIds).toString()).toBe(
      'place=Meal+kit_7_3&place=Our+car_1-9.5_2.5-8&pids=k3f9.x8b1&read=2&refs=hidden',
    );
  });

  it('never throws and always yields a usable state, whatever the query', () => {
    const key = fc.constantFrom('place', 'read', 'refs', 'x');
    const query = fc.array(fc.tuple(key, fc.string({ unit: 'binary' })), { maxLength: 20 });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          query.map((q) => new URLSearchParams(q).toString()),
        ),
        (raw) => {
          const { value } = decodeSpectrum(new URLSearchParams(raw));
          expect(value.offerings.length).toBeLessThanOrEqual(MAX_OFFERINGS);
          expect(value.selected === 0 || value.selected < value.offerings.length).toBe(true);
          for (const o of value.offerings) {
            expect(o.name.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
            for (const s of [o.frequency, o.complexity]) {
              expect(Number.isFinite(s.from) && Number.isFinite(s.to)).toBe(true);
              expect(0 <= s.from && s.from <= s.to && s.to <= 10).toBe(true);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('spectrum codec: hostile and broken links', () => {
  const decode = (q: string) => decodeSpectrum(new URLSearchParams(q));

  it('keeps script in a name as plain text', () => {
    const { value, notices } = decode(`place=${encodeURIComponent('<script>alert(1)</script>')}_7_3`);
    expect(value.offerings[0]?.name).toBe('<script>alert(1)</script>');
    expect(notices).toEqual([]);
  });

  it.each([
    ['NaN', 'place=A_NaN_3', 5, 3, 'not a number'],
    ['1e309', 'place=A_1e309_3', 5, 3, 'not a number'],
    ['Infinity', 'place=A_7_Infinity', 7, 5, 'not a number'],
    ['out of range', 'place=A_11_-2', 10, 0, 'outside 0 to 10'],
    ['missing value', 'place=A__3', 5, 3, 'missing'],
    ['words', 'place=A_often_3', 5, 3, 'not a number'],
  ])('replaces %s and says so; the rest loads', (_what, q, f, c, words) => {
    const { value, notices } = decode(q);
    expect(value.offerings[0]).toMatchObject({
      name: 'A',
      frequency: { from: f, to: f },
      complexity: { from: c, to: c },
    });
    expect(notices.map((n) => gridNotice(n, 'en')).join(' ')).toContain(words);
  });

  it('reads spans in either order and rounds to one decimal', () => {
    const { value, notices } = decode('place=Car_9.5-1_2.54-8');
    expect(value.offerings[0]).toMatchObject({ frequency: { from: 1, to: 9.5 }, complexity: { from: 2.5, to: 8 } });
    expect(notices).toEqual([]);
    expect(decode('place=A_-3-5_1e-3').value.offerings[0]).toMatchObject({
      frequency: { from: 0, to: 5 },
      complexity: { from: 0, to: 0 },
    });
  });

  it('keeps underscores in names and reads a value without a position as a name', () => {
    expect(decode('place=my_plan_2_3').value.offerings[0]).toMatchObject({ name: 'my_plan', frequency: { from: 2 } });
    const { value, notices } = decode('place=Plan_2');
    expect(value.offerings[0]).toMatchObject({ name: 'Plan_2', frequency: { from: 5, to: 5 } });
    expect(notices[0]).toMatchObject({ code: 'no-position', given: 'Plan_2' });
    expect(notices[0] && gridNotice(notices[0], 'en')).toBe(
      'Offering 1 “Plan_2” has no position (name_frequency_complexity); placed in the middle.',
    );
  });

  it('keeps at most eight of a thousand offerings, with a notice', () => {
    const q = new URLSearchParams(Array.from({ length: 1000 }, (_, i) => ['place', `O${i}_${i % 11}_3`])).toString();
    const { value, notices } = decode(q);
    expect(value.offerings).toHaveLength(MAX_OFFERINGS);
    expect(value.offerings[7]?.name).toBe('O7');
    expect(notices.some((n) => n.code === 'too-many-offerings' && n.given === 1000 && n.kept === 8)).toBe(true);
    expect(notices.map((n) => gridNotice(n, 'en'))).toContain(
      'The link had 1000 offerings; only the first 8 were kept.',
    );
  });

  it('shortens a very long name with a notice', () => {
    const { value, notices } = decode(`place=${'x'.repeat(500)}_1_1`);
    expect(value.offerings[0]?.name).toHaveLength(MAX_NAME_LENGTH);
    expect(notices).toHaveLength(1);
  });

  it('clamps the offering to read and ignores unknown reference settings, with notices', () => {
    const { value, notices } = decode('place=A_1_1&place=B_2_2&read=9&refs=maybe');
    expect(value.selected).toBe(1);
    expect(value.showReferences).toBe(true);
    expect(notices.map((n) => n.key).sort()).toEqual(['read', 'refs']);
  });

  it('ignores other tools’ keys and empty places', () => {
    const { value, notices } = decode('kano=1&place=&place=A_1_1&place=%20');
    expect(value.offerings.map((o) => o.name)).toEqual(['A']);
    expect(notices).toEqual([]);
  });
});
