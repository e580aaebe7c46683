import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proseOf, proseWords, readingMinutes } from '../../src/lib/reading-time';
import { firstSentence, leadSentences } from '../../src/lib/sentences';

describe('readingMinutes', () => {
  it.each([
    // words, words a minute, minutes (worked by hand: words / speed, to the nearest minute, at least 1)
    [1915, 200, 10], // 9.575
    [1988, 200, 10], // 9.94
    [1847, 180, 10], // 10.26
    [2097, 180, 12], // 11.65
    [1750, 200, 9], // 8.75
    [1700, 200, 9], // 8.5 rounds up
    [1699, 200, 8], // 8.495
    [50, 200, 1], // 0.25, but never below one minute
    [0, 200, 1],
    [1000, 0, 1], // no speed: one minute rather than Infinity
    [Number.NaN, 200, 1],
  ])('%d words at %d a minute take %d min', (words, wpm, minutes) => {
    expect(readingMinutes(words, wpm)).toBe(minutes);
  });

  it('never falls as the words grow, and is a whole number of at least one minute', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.nat(100_000), fc.integer({ min: 50, max: 400 }), (a, b, wpm) => {
        const [few, many] = a <= b ? [a, b] : [b, a];
        const m = readingMinutes(many, wpm);
        expect(Number.isInteger(m)).toBe(true);
        expect(m).toBeGreaterThanOrEqual(1);
        expect(readingMinutes(few, wpm)).toBeLessThanOrEqual(m);
      }),
    );
  });
});

describe('proseWords', () => {
  it('counts what a reader reads: link text, words inside components, not imports, targets or props', () => {
    const mdx = [
      "import TryIt from '../../components/mdx/TryIt.astro';",
      '',
      'Customers who regret a purchase show up as [churn](/glossary/#churn), the loss.',
      '',
      '<OurReading kind="model">',
      '',
      'Our own words here.',
      '',
      '</OurReading>',
      '',
      '<TryIt tool="anxiety-gap" />',
      '',
      '| a | b |',
      '| --- | --- |',
      '| one | two |',
      '<!-- a note for editors -->',
      '<Live model="kano" values={{ A: 3 }}>',
    ].join('\n');
    // Customers who regret a purchase show up as churn the loss (11) + Our own words here (4) + a b one two (4)
    expect(proseWords(mdx)).toBe(19);
    expect(proseOf(mdx)).not.toContain('glossary');
  });
});

describe('firstSentence', () => {
  it.each([
    [
      'Customers who leave: cancelled subscriptions. McDonald says so.',
      'Customers who leave: cancelled subscriptions.',
    ],
    ['A plane of offerings, e.g. Groceries and cars. Ours.', 'A plane of offerings, e.g. Groceries and cars.'],
    ['Wie oft, z. B. Lebensmittel. Mehr dazu.', 'Wie oft, z. B. Lebensmittel.'],
    ['One sentence only.', 'One sentence only.'],
    ['Part 2 names it. „Zitat“ folgt.', 'Part 2 names it.'],
    ['Ends without a stop', 'Ends without a stop'],
    ['Values from 0.5 to 1. Then more.', 'Values from 0.5 to 1.'],
  ])('%s → %s', (text, first) => {
    expect(firstSentence(text)).toBe(first);
  });
});

describe('leadSentences', () => {
  it('takes sentences until the lead is long enough, never more than the text', () => {
    const text = 'A term McDonald uses. Our reading: another name for solving a problem. A third sentence.';
    expect(leadSentences(text, 10)).toBe('A term McDonald uses.');
    expect(leadSentences(text, 30)).toBe('A term McDonald uses. Our reading: another name for solving a problem.');
    expect(leadSentences(text, 1000)).toBe(text);
  });
});
