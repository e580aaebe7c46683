import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNumber } from '../../src/lib/learn/check';
import { answerCard, daysUntilDue, dueIds, isDue } from '../../src/lib/learn/schedule';
import { emptyLearn, learnFormat, withCard, writeLearn } from '../../src/lib/learn/store';

const NOW = new Date('2026-03-02T09:00:00Z');
const DAY = 86_400_000;
const at = (days: number) => new Date(NOW.getTime() + days * DAY);

describe('review scheduling (ts-fsrs)', () => {
  it('a first wrong answer brings the card back the next day; a first right one later', () => {
    const wrong = answerCard(undefined, false, NOW);
    const right = answerCard(undefined, true, NOW);
    expect(wrong.due).toBe(at(1).toISOString());
    expect(daysUntilDue(wrong, NOW)).toBe(1);
    expect(daysUntilDue(right, NOW)).toBeGreaterThan(1);
    expect(right.reps).toBe(1);
    expect(right.last).toBe(NOW.toISOString());
    expect(wrong.right).toBe(false);
  });

  it('knowing a card again moves it further out; forgetting it brings it back sooner', () => {
    const first = answerCard(undefined, true, NOW);
    const when = new Date(first.due);
    const again = answerCard(first, true, when);
    const forgot = answerCard(first, false, when);
    expect(daysUntilDue(again, when)).toBeGreaterThan(daysUntilDue(first, NOW));
    expect(daysUntilDue(forgot, when)).toBeLessThan(daysUntilDue(again, when));
    expect(forgot.lapses).toBe(1);
  });

  it('uses the clock it is given, and a right answer is never due sooner than a wrong one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), fc.boolean(), (offset, firstRight) => {
        const now = at(offset);
        const card = answerCard(undefined, firstRight, now);
        const later = new Date(card.due);
        const right = answerCard(card, true, later);
        const wrong = answerCard(card, false, later);
        expect(Date.parse(card.due)).toBeGreaterThan(now.getTime());
        expect(Date.parse(right.due)).toBeGreaterThanOrEqual(Date.parse(wrong.due));
        expect(isDue(card, now)).toBe(false);
        expect(isDue(card, later)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it.each([
    ['due earlier', '2026-03-01T00:00:00.000Z', true],
    ['due this moment', '2026-03-02T09:00:00.000Z', true],
    ['due a second later', '2026-03-02T09:00:01.000Z', false],
    ['unreadable date', 'soon', false],
  ])('isDue: %s', (_, due, expected) => {
    expect(isDue({ due }, NOW)).toBe(expected);
  });

  it('lists the due cards soonest first, then by id', () => {
    const cards = {
      b: { due: '2026-03-01T00:00:00.000Z' },
      a: { due: '2026-03-01T00:00:00.000Z' },
      c: { due: '2026-02-01T00:00:00.000Z' },
      later: { due: '2026-04-01T00:00:00.000Z' },
    };
    expect(dueIds(cards, NOW)).toEqual(['c', 'a', 'b']);
  });
});

describe('the saved cards', () => {
  it('round-trip through the format, and no cards keep nothing', () => {
    expect(writeLearn(emptyLearn())).toBeNull();
    const state = withCard(emptyLearn(), 'sp-axes', answerCard(undefined, true, NOW));
    const raw = writeLearn(state);
    expect(raw).not.toBeNull();
    const back = learnFormat.read(raw ?? '');
    expect(back).toEqual({ ok: true, value: state, notices: [] });
  });

  it.each([
    ['not JSON', '{'],
    ['another format', '{"format":"x","version":1,"cards":{}}'],
    ['a newer version', '{"format":"cx-spectrum-learn","version":2,"cards":{}}'],
    ['an unknown field', '{"format":"cx-spectrum-learn","version":1,"cards":{},"extra":1}'],
    ['a card without its due date', '{"format":"cx-spectrum-learn","version":1,"cards":{"a":{"right":true}}}'],
    ['a forbidden key', '{"format":"cx-spectrum-learn","version":1,"cards":{"__proto__":{}}}'],
  ])('refuses %s, so it is never written over', (_, raw) => {
    expect(learnFormat.read(raw).ok).toBe(false);
  });
});

describe('a typed numeric answer', () => {
  it.each([
    ['0.6', 0.6, 2, '.', 'right'],
    ['0.60', 0.6, 2, '.', 'right'],
    ['0,6', 0.6, 2, ',', 'right'],
    ['0.417', 0.42, 2, '.', 'right'],
    ['0.41', 0.42, 2, '.', 'wrong'],
    ['−0.5', -0.5, 2, '.', 'right'],
    ['-0,50', -0.5, 2, ',', 'right'],
    ['0.5', -0.5, 2, '.', 'wrong'],
    ['', 0.6, 2, '.', 'empty'],
    ['six', 0.6, 2, '.', 'unreadable'],
  ] as const)('%s against %s (%s decimals, "%s")', (text, answer, digits, decimal, verdict) => {
    expect(checkNumber(text, answer, digits, decimal)).toBe(verdict);
  });
});
