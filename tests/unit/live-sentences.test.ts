import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { liveTexts } from '../../src/components/mdx/live-text';
import { anxietyLive, clampToRange, kanoLive, LIVE_INPUTS, liveInputs, spectrumLive } from '../../src/lib/live/models';

describe('the Kano live sentence (software licence, single sign-on)', () => {
  it.each([
    // A, O, M, I, R, Q → answers, category, A+O, −(O+M), A+O+M+I, Better, Worse (worked by hand)
    [[3, 5, 9, 2, 1, 0], 20, 'M', 8, -14, 19, 8 / 19, -14 / 19], // the chapter's figures: 0.42 and −0.74
    [[10, 5, 9, 2, 1, 0], 27, 'A', 15, -14, 26, 15 / 26, -14 / 26],
    [[3, 9, 9, 2, 1, 0], 24, 'M', 12, -18, 23, 12 / 23, -18 / 23], // a tie of M and O goes to M (M > O > A > I)
    [[0, 0, 0, 4, 1, 0], 5, 'I', 0, 0, 4, 0, 0],
  ] as const)('%j → %d answers, %s', ([A, O, M, I, R, Q], total, category, bn, wn, den, better, worse) => {
    const r = kanoLive({ A, O, M, I, R, Q });
    expect(r).toMatchObject({ total, category, betterNumerator: bn, worseNumerator: wn, denominator: den });
    expect(r['better']).toBeCloseTo(better, 12);
    expect(r['worse']).toBeCloseTo(worse, 12);
  });

  it('leaves Better and Worse undefined with no A, O, M or I answer, and writes a dash for them', () => {
    const r = kanoLive({ A: 0, O: 0, M: 0, I: 0, R: 1, Q: 0 });
    expect(r).toMatchObject({ category: 'R', better: undefined, worse: undefined, denominator: 0 });
    expect(liveTexts('kano', r, {}, 'en-GB')['better']).toBe('–');
  });
});

describe('the anxiety live sentence (gym membership)', () => {
  it.each([
    // weeks, share %, complexity → index, band, reassured, band; worked by hand from the stated formula:
    // 8 weeks: T = ln 57 / ln 1827.25 = 0.53831 → 21.532; S(5 %) = ln 2 / ln 21 → 7.968; C(3) → 7.5
    // index 37.001 → 37; R = 0.4 × 2/4 + 0.25 + 0.35 = 0.8; 37.001 × 0.6 = 22.2 → 22
    [8, 5, 3, 37, 'moderate', 22, 'moderate'],
    // 9 weeks: T = ln 64 / ln 1827.25 = 0.55374 → 22.149; index 37.617 → 38; R = 0.4 × 2/4.5 + 0.6 = 0.77778
    // 37.617 × 0.61111 = 22.988 → 23
    [9, 5, 3, 38, 'moderate', 23, 'moderate'],
    // 0 weeks, 0 %, complexity 0: nothing to worry about
    [0, 0, 0, 0, 'low', 0, 'low'],
    // 520 weeks = 3640 days, past the five-year saturation (1826.25 days), so T = 1 → 40;
    // share 100 % → S = 1 → 35; complexity 10 → 25; index 100 (severe). Two touchpoints over 260 fortnights
    // cover 2/260: R = 0.4 × 0.0076923 + 0.6 = 0.6030769; 100 × (1 − 0.3015385) = 69.846 → 70 (high)
    [520, 100, 10, 100, 'severe', 70, 'high'],
  ] as const)(
    '%d weeks, %d %%, complexity %d → %d (%s), reassured %d (%s)',
    (weeks, share, complexity, ...expected) => {
      const [index, band, reassured, reassuredBand] = expected;
      expect(anxietyLive({ weeks, share, complexity })).toEqual({ index, band, reassured, reassuredBand });
    },
  );
});

describe('the spectrum live sentence (meal kit)', () => {
  it.each([
    // thirds cut at 3.5 and 6.5 on both axes; a value on a cut belongs to the third above it
    [8, 4, 'frequent-involved', 'low'],
    [2, 9, 'rare-complex', 'high'],
    [6, 3, 'occasional-simple', 'low'],
    [6.5, 3.5, 'frequent-involved', 'low'],
  ] as const)('frequency %d, complexity %d → %s, %s exposure', (frequency, complexity, region, anxiety) => {
    expect(spectrumLive({ frequency, complexity })).toEqual({ region, anxiety });
  });
});

describe('numbers a reader types', () => {
  it('are kept in range and on the step, whatever is typed', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), (typed) => {
        const range = LIVE_INPUTS.spectrum.frequency;
        const v = clampToRange(typed, range);
        expect(v).toBeGreaterThanOrEqual(range.min);
        expect(v).toBeLessThanOrEqual(range.max);
        expect(Number.isInteger(v / range.step)).toBe(true);
      }),
    );
  });

  it('fill a missing number with its minimum', () => {
    expect(liveInputs('anxiety', { weeks: 8 })).toEqual({ weeks: 8, share: 0, complexity: 0 });
  });
});

describe('the words of the results', () => {
  const words = { category: { M: 'must-be' }, conclusion: { M: 'Base product.' } };
  it('write the chapter’s figures in English and in German', () => {
    const r = kanoLive({ A: 3, O: 5, M: 9, I: 2, R: 1, Q: 0 });
    expect(liveTexts('kano', r, words, 'en-GB')).toEqual({
      total: '20',
      category: 'must-be',
      conclusion: 'Base product.',
      betterNumerator: '8',
      worseNumerator: '−14',
      denominator: '19',
      better: '0.42',
      worse: '−0.74',
    });
    expect(liveTexts('kano', r, words, 'de-DE')).toMatchObject({ better: '0,42', worse: '−0,74' });
  });
});
