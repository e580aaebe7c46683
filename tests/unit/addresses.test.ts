import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { encode as qrEncode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { ADDRESS_LIMITS, PACKED_KEY, packedQuery, packQuery, unpackQuery } from '../../src/lib/address/pack';
import { findToolLinks } from '../../src/lib/board/links';
import {
  addLinks,
  BOARD_LIMITS,
  type Board,
  boardAddress,
  decodeBoard,
  emptyBoard,
  encodeBoard,
  readSavedBoard,
} from '../../src/lib/board/model';
import { ANSWER_SETS, Q_LIMITS, type Questionnaire } from '../../src/lib/questionnaire/model';
import { decodeQuestionnaire, encodeQuestionnaire, questionnaireAddress } from '../../src/lib/questionnaire/url';
import { classChat, groupLinks, longName } from './board-groups';
import { seeded } from './seeded';

const DIR = join(__dirname, '..', 'fixtures', 'addresses');
const fixture = (name: string) => readFileSync(join(DIR, name), 'utf8').trim();

/** Letters from three scripts, a space and the characters an address must escape. */
const LETTERS = [...'智能家居订阅服务每周送达新鲜食材ПодпискананаборыдляужинаMeal kit&=+%?#/ éü'];
const words = (max: number) =>
  fc
    .string({ minLength: 1, maxLength: max, unit: fc.constantFrom(...LETTERS) })
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s !== '');

describe('packed addresses', () => {
  it('give back every key and value, nested queries included, and leave other queries as they are', () => {
    const entries = fc.array(fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 200 })), { maxLength: 20 });
    fc.assert(
      fc.property(entries, entries, (outer, inner) => {
        const p = new URLSearchParams(outer);
        p.append('g1-quiz', new URLSearchParams(inner).toString());
        const query = p.toString();
        const packed = packedQuery(query, (k) => k === 'g1-quiz');
        const back = unpackQuery(packed);
        expect(back).toEqual({ ok: true, query, packed: true });
        if (!query.split('&').some((kv) => kv.split('=')[0] === PACKED_KEY)) {
          expect(unpackQuery(query)).toEqual({ ok: true, query, packed: false });
        }
      }),
    );
  });
  it('are written only past the target, and only when shorter', () => {
    expect(packQuery('f1=a', 10)).toBe('f1=a');
    const long = `f1=${'Skip a week '.repeat(20)}`;
    expect(packQuery(long, 10).startsWith(`${PACKED_KEY}=`)).toBe(true);
    const noise = `f1=${Array.from({ length: 40 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000))).join('')}`;
    expect(packQuery(noise, 10).length).toBeLessThanOrEqual(noise.length);
  });
  it('name a damaged, oversized or bomb-like packed address instead of reading it', () => {
    const packed = packedQuery(`f1=${'Skip a week '.repeat(50)}`);
    expect(unpackQuery(packed.slice(0, -6))).toEqual({ ok: false, problem: 'bad-packed' });
    expect(unpackQuery(`${PACKED_KEY}=%%%`)).toEqual({ ok: false, problem: 'bad-packed' });
    expect(unpackQuery(`${PACKED_KEY}=${'A'.repeat(ADDRESS_LIMITS.read)}`)).toEqual({
      ok: false,
      problem: 'too-long-address',
    });
    // One megabyte of spaces deflates to about a kilobyte: past the unpacked cap, so refused.
    const bomb = Buffer.from(deflateSync(strToU8(`["f1","${' '.repeat(1_000_000)}"]`))).toString('base64url');
    expect(bomb.length).toBeLessThan(ADDRESS_LIMITS.read);
    expect(unpackQuery(`${PACKED_KEY}=${bomb}`)).toEqual({ ok: false, problem: 'bad-packed' });
  });
});

describe('old links (written before packing) still open', () => {
  it('a board of the three presets', () => {
    const r = decodeBoard(new URLSearchParams(fixture('board-3-presets.txt')));
    expect(r.problems).toEqual([]);
    expect(r.value?.groups.map((g) => g.name)).toEqual([
      'Meal-kit subscription',
      'First-home mortgage',
      'Running shoes',
    ]);
    expect(r.value?.groups.map((g) => Object.keys(g.tools).length)).toEqual([4, 4, 4]);
  });
  it('a board of twelve groups with 60-character Cyrillic names (25,380 characters)', () => {
    const query = fixture('board-12-cyrillic.txt');
    expect(query).toHaveLength(25_380);
    const r = decodeBoard(new URLSearchParams(query));
    expect(r.problems).toEqual([]);
    expect(r.value?.groups).toHaveLength(12);
    expect(r.value?.groups[0]?.name).toBe('Группа 1 Подписка на наборы для ужина с доставкой свежих про');
    expect(r.value?.groups[11]?.name.startsWith('Группа 12 Подписка')).toBe(true);
    expect(r.value?.groups[11]?.tools.kano).toContain('kano-functional=like');
  });
  it('a questionnaire of twelve features with descriptions, and one with its own wording', () => {
    const twelve = decodeQuestionnaire(fixture('questionnaire-12-features.txt'));
    expect(twelve.problems).toEqual([]);
    expect(twelve.value.title).toBe('Meal kit: what matters to you?');
    expect(twelve.value.features).toHaveLength(12);
    expect(twelve.value.features[11]).toEqual({
      name: 'Gift boxes',
      description: 'Send a box of three meals to a friend or colleague with a personal message.',
    });
    const five = decodeQuestionnaire(fixture('questionnaire-5-features.txt'));
    expect(five.problems).toEqual([]);
    expect(five.value.features.map((f) => f.name)).toEqual(['Skip a week', 'Recipe cards', 'Pause', 'Eco box', 'Chat']);
    expect(five.value.functional).toBe('Wie fänden Sie es, wenn {feature}?');
    expect(five.value.answers).toBe('helpful-problem');
  });
});

const questionnaire: fc.Arbitrary<Questionnaire> = fc.record({
  title: fc.oneof(fc.constant(''), words(Q_LIMITS.title)),
  features: fc.array(
    fc.record({ name: words(Q_LIMITS.name), description: fc.oneof(fc.constant(''), words(Q_LIMITS.description)) }),
    { minLength: 1, maxLength: Q_LIMITS.features },
  ),
  functional: fc.oneof(fc.constant(''), words(Q_LIMITS.wording)),
  dysfunctional: fc.oneof(fc.constant(''), words(Q_LIMITS.wording)),
  answers: fc.constantFrom(...ANSWER_SETS),
});

describe('questionnaire addresses', () => {
  it('give back every questionnaire they write, never longer than the read limit, or write none', () => {
    fc.assert(
      fc.property(questionnaire, (q) => {
        const written = questionnaireAddress(q);
        if (!written.ok) {
          expect(written.length).toBeGreaterThan(ADDRESS_LIMITS.read);
          return;
        }
        expect(written.query.length).toBeLessThanOrEqual(ADDRESS_LIMITS.read);
        const back = decodeQuestionnaire(written.query);
        expect(back.problems).toEqual([]);
        expect(back.value).toEqual(q);
        // The builder's saved copy is read back whatever its length.
        expect(decodeQuestionnaire(encodeQuestionnaire(q).toString(), true).value).toEqual(q);
      }),
      { numRuns: 60 },
    );
  });
  it('the twelve-feature questionnaire: shorter address, coarser QR code', () => {
    const base = 'https://example.github.io/cx-spectrum/answer/?';
    const q = decodeQuestionnaire(fixture('questionnaire-12-features.txt')).value;
    const before = `${base}${encodeQuestionnaire(q).toString()}`;
    const written = questionnaireAddress(q);
    expect(written.ok).toBe(true);
    const after = `${base}${written.ok ? written.query : ''}`;
    const qrBefore = qrEncode(before, { ecc: 'L', border: 2 });
    const qrAfter = qrEncode(after, { ecc: 'L', border: 2 });
    console.log(
      `12-feature questionnaire: ${before.length} → ${after.length} characters; QR version ${qrBefore.version} (${qrBefore.size} modules) → ${qrAfter.version} (${qrAfter.size})`,
    );
    expect(before).toHaveLength(1253);
    expect(after.length).toBeLessThan(1000);
    expect(qrAfter.version).toBeLessThan(qrBefore.version);
    expect(decodeQuestionnaire(written.ok ? written.query : '').value).toEqual(q);
  });
});

/** A board of groups named as given, each sending its four links. */
function boardOf(names: readonly string[]): Board {
  const text = names.flatMap((name, i) => groupLinks(name, i + 1)).join('\n');
  let board = emptyBoard();
  const random = seeded(names.length);
  const links = findToolLinks(text).links;
  for (let i = 0; i < links.length; i += 400) board = addLinks(board, links.slice(i, i + 400), random).board;
  return board;
}

describe('board addresses', () => {
  it('give back every board they write, never longer than the read limit; its saved copy always reads back', () => {
    const names = fc.uniqueArray(words(BOARD_LIMITS.name - 4), {
      maxLength: BOARD_LIMITS.groups,
      selector: (s) => s.toLocaleLowerCase(),
    });
    fc.assert(
      fc.property(names, (raw) => {
        const board = boardOf(raw.map((n, i) => `${i + 1} ${n}`));
        expect(board.groups).toHaveLength(raw.length);
        const written = boardAddress(board);
        if (written.ok) {
          expect(written.query.length).toBeLessThanOrEqual(ADDRESS_LIMITS.read);
          expect(decodeBoard(new URLSearchParams(written.query))).toEqual({ value: board, problems: [] });
        } else expect(written.length).toBeGreaterThan(ADDRESS_LIMITS.read);
        expect(readSavedBoard(encodeBoard(board).toString())).toEqual({ value: board, problems: [] });
      }),
      { numRuns: 25 },
    );
  });
  it('keeps a 13th group and a 40th (the old board dropped every group past 12 without a word)', () => {
    for (const count of [13, 40]) {
      const chat = classChat(count, 'mixed');
      const found = findToolLinks(chat.text);
      expect(found.more).toBe(0);
      const r = addLinks(emptyBoard(), found.links, seeded(count));
      expect(r.added).toBe(count * 4);
      expect(r.left).toEqual([]);
      expect(r.board.groups.map((g) => g.name)).toEqual(chat.names);
    }
  });
  it('names every group past its limit', () => {
    const names = Array.from({ length: BOARD_LIMITS.groups + 1 }, (_, i) => `Offer ${i + 1}`);
    const r = addLinks(
      emptyBoard(),
      findToolLinks(names.flatMap((n, i) => groupLinks(n, i + 1)).join('\n')).links,
      seeded(2),
    );
    expect(r.board.groups).toHaveLength(BOARD_LIMITS.groups);
    expect(r.left.map((l) => l.name)).toEqual(['Offer 100', 'Offer 100', 'Offer 100', 'Offer 100']);
    expect(r.added).toBe(BOARD_LIMITS.groups * 4);
  });
  it('twelve groups with 60-character Chinese names: an address it reads back (the old one was 41,190 characters)', () => {
    const names = Array.from({ length: 12 }, (_, i) => longName(i + 1, 'han'));
    const board = boardOf(names);
    const text = encodeBoard(board);
    // Text version 2 adds the groups' ids: twelve of four characters, joined by dots.
    expect(text.get('gids')).toHaveLength(12 * 4 + 11);
    text.delete('gids');
    expect(text.toString()).toHaveLength(41_190);
    const written = boardAddress(board);
    expect(written.ok).toBe(true);
    if (written.ok) {
      expect(written.query.length).toBeLessThanOrEqual(ADDRESS_LIMITS.read);
      expect(decodeBoard(new URLSearchParams(written.query)).value).toEqual(board);
    }
  });
});
