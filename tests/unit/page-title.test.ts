import { describe, expect, it } from 'vitest';
import { pageTitle } from '../../src/lib/page-title';

describe('page titles', () => {
  it.each([
    ['Glossary', 'Glossary · CX Spectrum'],
    // 56 + 3 + 11 = 70 characters: the name still fits.
    ['A'.repeat(56), `${'A'.repeat(56)} · CX Spectrum`],
    // 57 + 3 + 11 = 71: the name is left off.
    ['A'.repeat(57), 'A'.repeat(57)],
    [
      'Beyond attention: why likes and clicks are not the customer experience',
      'Beyond attention: why likes and clicks are not the customer experience',
    ],
  ])('%s → %s', (title, full) => {
    expect(pageTitle(title, 'CX Spectrum')).toBe(full);
  });
});
