import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_KEPT_ADDRESS, readKeptAddress, writeKeptAddress } from '../../src/lib/questionnaire/kept-address';

const ADDRESS = 'https://example.org/answer/?f1=Skip+a+week&f2=Recipe+cards';

describe('the questionnaire address kept with collected codes', () => {
  it('is kept as JSON and read back', () => {
    expect(writeKeptAddress(`  ${ADDRESS}\n`)).toBe(`{"address":"${ADDRESS}"}`);
    expect(readKeptAddress(`{"address":"${ADDRESS}"}`)).toBe(ADDRESS);
  });
  it.each([
    ['nothing kept', null],
    ['an empty text', ''],
    ['not JSON', ADDRESS],
    ['JSON without an address', '{"query":"f1=A"}'],
    ['an address that is not text', '{"address":12}'],
    ['an empty address', '{"address":"  "}'],
    ['an array', '["address"]'],
    ['an address over the limit', JSON.stringify({ address: 'a'.repeat(MAX_KEPT_ADDRESS + 1) })],
  ])('reads %s as nothing kept', (_, raw) => {
    expect(readKeptAddress(raw)).toBeUndefined();
  });
  it('forgets the address when the field is emptied', () => {
    expect(writeKeptAddress('   ')).toBe('');
  });
  it('reads back any address it keeps, trimmed, and never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const kept = writeKeptAddress(text);
        expect(readKeptAddress(kept)).toBe(text.trim() === '' ? undefined : text.trim());
        expect(() => readKeptAddress(text)).not.toThrow();
      }),
    );
  });
});
