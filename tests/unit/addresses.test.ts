import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { encode as qrEncode } from 'uqr';
import { describe, expect, it } from 'vitest';
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
import { decodeSpectrum, encodeSpectrum, type SpectrumState } from '../../src/lib/spectrum/codec';
import { MAX_NAME_LENGTH, MAX_OFFERINGS, spanOf } from '../../src/lib/spectrum/offering';
import { ADDRESS_LIMITS, isPacked, PACKED_KEY, packedQuery, packQuery, unpackQuery } from '../../src/lib/state/packed';
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
  it('give back every key and value, nested queries included, and leave other queries as they are', async () => {
    const entries = fc.array(fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 200 })), { maxLength: 20 });
    await fc.assert(
      fc.asyncProperty(entries, entries, async (outer, inner) => {
        const p = new URLSearchParams(outer);
        p.append('g1-quiz', new URLSearchParams(inner).toString());
        const query = p.toString();
        const packed = await packedQuery(query, (k) => k === 'g1-quiz');
        expect(isPacked(packed)).toBe(true);
        expect(await unpackQuery(packed)).toEqual({ ok: true, query, packed: true });
        if (!query.split('&').some((kv) => kv.split('=')[0] === PACKED_KEY)) {
          expect(isPacked(query)).toBe(false);
          expect(await unpackQuery(query)).toEqual({ ok: true, query, packed: false });
        }
      }),
      { numRuns: 60 },
    );
  });
  it('are deflate-raw as any inflater reads it (checked with fflate, which the site no longer loads)', async () => {
    const query = 'title=Meal+kit&f1=Skip+a+week&f2=Recipe+cards';
    const packed = await packedQuery(query);
    const json = strFromU8(inflateSync(Buffer.from(packed.slice(PACKED_KEY.length + 1), 'base64url')));
    expect(JSON.parse(json)).toEqual(['title', 'Meal kit', 'f1', 'Skip a week', 'f2', 'Recipe cards']);
  });
  it('are written only past the target, and only when shorter', async () => {
    expect(await packQuery('f1=a', 10)).toBe('f1=a');
    const long = `f1=${'Skip a week '.repeat(20)}`;
    expect((await packQuery(long, 10)).startsWith(`${PACKED_KEY}=`)).toBe(true);
    const noise = `f1=${Array.from({ length: 40 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000))).join('')}`;
    expect((await packQuery(noise, 10)).length).toBeLessThanOrEqual(noise.length);
  });
  it('name a damaged, oversized or bomb-like packed address instead of reading it', async () => {
    const packed = await packedQuery(`f1=${'Skip a week '.repeat(50)}`);
    expect(await unpackQuery(packed.slice(0, -6))).toEqual({ ok: false, problem: 'bad-packed' });
    expect(await unpackQuery(`${PACKED_KEY}=%%%`)).toEqual({ ok: false, problem: 'bad-packed' });
    expect(await unpackQuery(`${PACKED_KEY}=${'A'.repeat(ADDRESS_LIMITS.read)}`)).toEqual({
      ok: false,
      problem: 'too-long-address',
    });
    // One megabyte of spaces deflates to about a kilobyte: past the unpacked cap, so refused.
    const bomb = Buffer.from(deflateSync(strToU8(`["f1","${' '.repeat(1_000_000)}"]`))).toString('base64url');
    expect(bomb.length).toBeLessThan(ADDRESS_LIMITS.read);
    expect(await unpackQuery(`${PACKED_KEY}=${bomb}`)).toEqual({ ok: false, problem: 'bad-packed' });
    // Not UTF-8, and not the JSON array of keys and values.
    const notUtf8 = Buffer.from(deflateSync(new Uint8Array([0x5b, 0x22, 0xff, 0x22, 0x5d]))).toString('base64url');
    expect(await unpackQuery(`${PACKED_KEY}=${notUtf8}`)).toEqual({ ok: false, problem: 'bad-packed' });
    const object = Buffer.from(deflateSync(strToU8('{"f1":"a"}'))).toString('base64url');
    expect(await unpackQuery(`${PACKED_KEY}=${object}`)).toEqual({ ok: false, problem: 'bad-packed' });
  });
});

describe('old links (written before packing) still open', () => {
  it('a board of the three presets', async () => {
    const r = await decodeBoard(new URLSearchParams(fixture('board-3-presets.txt')));
    expect(r.problems).toEqual([]);
    expect(r.value?.groups.map((g) => g.name)).toEqual([
      'Meal-kit subscription',
      'First-home mortgage',
      'Running shoes',
    ]);
    expect(r.value?.groups.map((g) => Object.keys(g.tools).length)).toEqual([4, 4, 4]);
  });
  it('a board of twelve groups with 60-character Cyrillic names (25,380 characters)', async () => {
    const query = fixture('board-12-cyrillic.txt');
    expect(query).toHaveLength(25_380);
    const r = await decodeBoard(new URLSearchParams(query));
    expect(r.problems).toEqual([]);
    expect(r.value?.groups).toHaveLength(12);
    expect(r.value?.groups[0]?.name).toBe('Группа 1 Подписка на наборы для ужина с доставкой свежих про');
    expect(r.value?.groups[11]?.name.startsWith('Группа 12 Подписка')).toBe(true);
    expect(r.value?.groups[11]?.tools.kano).toContain('kano-functional=like');
  });
  it('a questionnaire of twelve features with descriptions, and one with its own wording', async () => {
    const twelve = await decodeQuestionnaire(fixture('questionnaire-12-features.txt'));
    expect(twelve.problems).toEqual([]);
    expect(twelve.value.title).toBe('Meal kit: what matters to you?');
    expect(twelve.value.features).toHaveLength(12);
    expect(twelve.value.features[11]).toEqual({
      name: 'Gift boxes',
      description: 'Send a box of three meals to a friend or colleague with a personal message.',
    });
    const five = await decodeQuestionnaire(fixture('questionnaire-5-features.txt'));
    expect(five.problems).toEqual([]);
    expect(five.value.features.map((f) => f.name)).toEqual(['Skip a week', 'Recipe cards', 'Pause', 'Eco box', 'Chat']);
    expect(five.value.functional).toBe('Wie fänden Sie es, wenn {feature}?');
    expect(five.value.answers).toBe('helpful-problem');
  });
});

describe('old packed links (z1 written with fflate, before the browser packed them) still open', () => {
  it('the twelve-feature questionnaire', async () => {
    const packed = fixture('questionnaire-12-features-z1-fflate.txt');
    expect(packed).toHaveLength(926);
    const r = await decodeQuestionnaire(packed);
    expect(r.problems).toEqual([]);
    expect(r.value).toEqual((await decodeQuestionnaire(fixture('questionnaire-12-features.txt'))).value);
    expect(r.value.features[0]).toEqual({
      name: 'Skip a week',
      description: 'Pause the next delivery with one tap in the app, up to two days before it ships.',
    });
  });
  it('a board of twelve groups with 60-character Chinese names', async () => {
    const packed = fixture('board-12-han-z1-fflate.txt');
    expect(packed).toHaveLength(2538);
    const r = await decodeBoard(new URLSearchParams(packed));
    expect(r.problems).toEqual([]);
    // Written before groups had ids: each group is known by its position.
    const groups = boardOf(Array.from({ length: 12 }, (_, i) => longName(i + 1, 'han'))).groups;
    expect(r.value).toEqual({ groups: groups.map((g, i) => ({ ...g, id: String(i + 1) })) });
    expect(r.value?.groups[0]?.name).toBe(longName(1, 'han'));
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
  it('give back every questionnaire they write, never longer than the read limit, or write none', async () => {
    await fc.assert(
      fc.asyncProperty(questionnaire, async (q) => {
        const written = await questionnaireAddress(q);
        if (!written.ok) {
          expect(written.length).toBeGreaterThan(ADDRESS_LIMITS.read);
          return;
        }
        expect(written.query.length).toBeLessThanOrEqual(ADDRESS_LIMITS.read);
        const back = await decodeQuestionnaire(written.query);
        expect(back.problems).toEqual([]);
        expect(back.value).toEqual(q);
        // The builder's saved copy is read back whatever its length.
        expect((await decodeQuestionnaire(encodeQuestionnaire(q).toString(), true)).value).toEqual(q);
      }),
      { numRuns: 60 },
    );
  });
  it('the twelve-feature questionnaire: shorter address, coarser QR code', async () => {
    const base = 'https://example.github.io/cx-spectrum/answer/?';
    const q = (await decodeQuestionnaire(fixture('questionnaire-12-features.txt'))).value;
    const before = `${base}${encodeQuestionnaire(q).toString()}`;
    const written = await questionnaireAddress(q);
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
    expect((await decodeQuestionnaire(written.ok ? written.query : '')).value).toEqual(q);
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
  it('give back every board they write, never longer than the read limit; its saved copy always reads back', async () => {
    const names = fc.uniqueArray(words(BOARD_LIMITS.name - 4), {
      maxLength: BOARD_LIMITS.groups,
      selector: (s) => s.toLocaleLowerCase(),
    });
    await fc.assert(
      fc.asyncProperty(names, async (raw) => {
        const board = boardOf(raw.map((n, i) => `${i + 1} ${n}`));
        expect(board.groups).toHaveLength(raw.length);
        const written = await boardAddress(board);
        if (written.ok) {
          expect(written.query.length).toBeLessThanOrEqual(ADDRESS_LIMITS.read);
          expect(await decodeBoard(new URLSearchParams(written.query))).toEqual({ value: board, problems: [] });
        } else expect(written.length).toBeGreaterThan(ADDRESS_LIMITS.read);
        expect(await readSavedBoard(encodeBoard(board).toString())).toEqual({ value: board, problems: [] });
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
  it('twelve groups with 60-character Chinese names: an address it reads back (the old one was 41,190 characters)', async () => {
    const names = Array.from({ length: 12 }, (_, i) => longName(i + 1, 'han'));
    const board = boardOf(names);
    const text = encodeBoard(board);
    // Text version 2 adds the groups' ids: twelve of four characters, joined by dots.
    expect(text.get('gids')).toHaveLength(12 * 4 + 11);
    const plain = text.toString();
    text.delete('gids');
    expect(text.toString()).toHaveLength(41_190);
    const written = await boardAddress(board);
    expect(written.ok).toBe(true);
    if (written.ok) {
      const base = 'https://example.github.io/cx-spectrum/board/?';
      const qr = qrEncode(`${base}${written.query}`, { ecc: 'L', border: 2 });
      console.log(
        `12-group Chinese board: ${plain.length} → ${written.query.length} characters; QR version ${qr.version} (${qr.size} modules)`,
      );
      expect(written.query.length).toBeLessThanOrEqual(ADDRESS_LIMITS.read);
      expect((await decodeBoard(new URLSearchParams(written.query))).value).toEqual(board);
    }
  });
});

/** A grid name: letters of three scripts, escapes included, up to the grid's limit. */
const gridName = words(MAX_NAME_LENGTH);
const score = fc.integer({ min: 0, max: 100 }).map((n) => n / 10);
const span = fc.tuple(score, score).map(([a, b]) => spanOf(a, b));
const gridState: fc.Arbitrary<SpectrumState> = fc
  .array(fc.record({ name: gridName, frequency: span, complexity: span }), { maxLength: MAX_OFFERINGS })
  .chain((offerings) =>
    fc.record({
      offerings: fc.constant(offerings.map((o, i) => ({ id: String(i + 1), ...o }))),
      selected: fc.nat({ max: Math.max(0, offerings.length - 1) }),
      showReferences: fc.boolean(),
    }),
  );

/** The tool page's address query as use-saved-state writes it: as it is up to the target, else packed when shorter. */
const toolQuery = (state: SpectrumState) =>
  packQuery(
    encodeSpectrum(state).toString(),
    ADDRESS_LIMITS.write - 'https://example.github.io/cx-spectrum/tools/spectrum-grid/'.length,
  );

describe('tool addresses', () => {
  it('give back every spectrum grid, and are never longer than the read limit', async () => {
    await fc.assert(
      fc.asyncProperty(gridState, async (state) => {
        const query = await toolQuery(state);
        expect(query.length).toBeLessThanOrEqual(ADDRESS_LIMITS.read);
        const read = await unpackQuery(query);
        expect(read.ok).toBe(true);
        const back = decodeSpectrum(new URLSearchParams(read.ok ? read.query : ''));
        expect(back.notices).toEqual([]);
        expect(back.value).toEqual(state);
      }),
      { numRuns: 80 },
    );
  });
  it('eight 60-character Chinese names: past 2,000 characters as it was, under it packed', async () => {
    const state: SpectrumState = {
      offerings: Array.from({ length: MAX_OFFERINGS }, (_, i) => ({
        id: String(i + 1),
        name: longName(i + 1, 'han'),
        frequency: spanOf(i, i + 2),
        complexity: spanOf(10 - i, 8 - i),
      })),
      selected: 3,
      showReferences: false,
    };
    const plain = encodeSpectrum(state).toString();
    const query = await toolQuery(state);
    console.log(`spectrum grid, 8 Chinese names: ${plain.length} → ${query.length} characters`);
    expect(plain.length).toBeGreaterThan(ADDRESS_LIMITS.write);
    expect(isPacked(query)).toBe(true);
    expect(query.length).toBeLessThan(ADDRESS_LIMITS.write);
    const read = await unpackQuery(query);
    expect(decodeSpectrum(new URLSearchParams(read.ok ? read.query : '')).value).toEqual(state);
  });
  it('a short state stays as readable as it was', async () => {
    const state: SpectrumState = {
      offerings: [{ id: '1', name: 'Meal kit', frequency: spanOf(8, 8), complexity: spanOf(4, 4) }],
      selected: 0,
      showReferences: true,
    };
    expect(await toolQuery(state)).toBe('place=Meal+kit_8_4');
  });
});
