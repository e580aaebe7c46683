import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../scripts/offline/edition.mjs';
import { decodeFragment } from '../../scripts/offline/search-index.mjs';

describe('reading Pagefind fragments', () => {
  it('decodes the URL, title and text Pagefind indexed', () => {
    const json = JSON.stringify({ url: '/glossary/', content: 'Churn. Value.', meta: { title: 'Glossary' } });
    expect(decodeFragment(gzipSync(`pagefind_dcd${json}`))).toEqual({
      url: '/glossary/',
      title: 'Glossary',
      content: 'Churn. Value.',
    });
  });

  it('falls back to the URL for a page without a title', () => {
    const json = JSON.stringify({ url: '/x/', content: 'x', meta: {} });
    expect(decodeFragment(gzipSync(`pagefind_dcd${json}`)).title).toBe('/x/');
  });

  it('refuses data in another format, naming the problem', () => {
    expect(() => decodeFragment(gzipSync('{"url":"/"}'))).toThrow(/signature/);
    expect(() => decodeFragment(gzipSync('pagefind_dcd{"link":"/"}'))).toThrow(/format/);
  });
});

describe('the size shown beside the download link', () => {
  it.each([
    [850_000, '850 kB'],
    [1_234_567, '1.2 MB'],
    [12_000_000, '12 MB'],
  ])('%d bytes read as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
