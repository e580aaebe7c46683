import { describe, expect, it } from 'vitest';
import { answerCard } from '../../src/lib/learn/schedule';
import { MAX_CARDS, mergeCards } from '../../src/lib/learn/store';
import { readProfileFile, serialiseProfile } from '../../src/lib/profile/file';
import { emptyProfile } from '../../src/lib/profile/model';

const day = (d: number) => new Date(Date.UTC(2026, 2, d, 9));

describe('review cards in the profile file', () => {
  it('an export with cards is a version 3 file that reads back with the same cards', () => {
    const cards = { 'sp-axes': answerCard(undefined, false, day(2)), 'fs-better': answerCard(undefined, true, day(3)) };
    const text = serialiseProfile(emptyProfile(), cards);
    expect(JSON.parse(text).version).toBe(3);
    const read = readProfileFile(text);
    expect(read.ok && read.cards).toEqual(cards);
    expect(read.ok && read.profile).toEqual(emptyProfile());
  });

  it('a profile without cards is a version 3 file with no cards field, which reads with no cards', () => {
    const text = serialiseProfile(emptyProfile());
    expect(JSON.parse(text).version).toBe(3);
    expect(text).not.toContain('cards');
    const read = readProfileFile(text);
    expect(read.ok && read.cards).toEqual({});
  });

  it('a version 3 file with an unreadable card is refused whole', () => {
    const file = JSON.parse(serialiseProfile(emptyProfile(), { 'sp-axes': answerCard(undefined, true, day(2)) }));
    file.cards['sp-axes'].due = 'tomorrow';
    expect(readProfileFile(JSON.stringify(file)).ok).toBe(false);
    // Version 2 has no cards field: one is an unknown field.
    expect(readProfileFile(JSON.stringify({ ...file, version: 2 })).ok).toBe(false);
  });
});

describe('joining the cards of a file with those kept here', () => {
  const early = answerCard(undefined, false, day(2));
  const late = answerCard(undefined, true, day(5));
  it.each([
    ['only here', { a: early }, {}, { a: early }],
    ['only in the file', {}, { a: late }, { a: late }],
    ['both: the file answered later', { a: early }, { a: late }, { a: late }],
    ['both: this browser answered later', { a: late }, { a: early }, { a: late }],
    ['different questions', { a: early }, { b: late }, { a: early, b: late }],
  ])('%s', (_, here, file, expected) => {
    expect(mergeCards(here, file)).toEqual(expected);
  });

  it(`keeps at most ${MAX_CARDS} cards, the latest answered`, () => {
    const many = Object.fromEntries(
      Array.from({ length: MAX_CARDS }, (_, i) => [`q-${i}`, answerCard(undefined, true, day(2))]),
    );
    const merged = mergeCards(many, { newest: late });
    expect(Object.keys(merged)).toHaveLength(MAX_CARDS);
    expect(merged['newest']).toEqual(late);
  });
});
