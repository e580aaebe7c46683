import { describe, expect, it } from 'vitest';
import {
  fold,
  type IndexedPage,
  searchPages,
  termsOf,
} from '../../src/features/offline/client/pwa-offline-search-core';
import { excerptParts } from '../../src/lib/search-excerpt';

const pages: IndexedPage[] = [
  {
    url: 'chapters/anxiety-gap/index.html',
    title: 'The anxiety gap',
    content: 'Anxiety grows in the gap between buying and getting value. Churn follows anxiety.',
  },
  {
    url: 'glossary/index.html',
    title: 'Glossary',
    content: 'Churn: customers who leave. Kano model: a way to classify features. Café <b>terms</b> & more.',
  },
  {
    url: 'chapters/spectrum/index.html',
    title: 'The spectrum',
    content: 'Complexity and frequency place an offering.',
  },
];

describe('offline search', () => {
  it.each([
    ['anxiety', ['chapters/anxiety-gap/index.html']],
    ['churn', ['chapters/anxiety-gap/index.html', 'glossary/index.html']],
    ['kano classify', ['glossary/index.html']],
    ['freq', ['chapters/spectrum/index.html']],
    ['cafe', ['glossary/index.html']],
    ['anxiety kano', []],
    ['', []],
    ['   ', []],
  ])('"%s" finds %j', (query, urls) => {
    expect(
      searchPages(pages, query)
        .map((h) => h.page.url)
        .sort(),
    ).toEqual([...urls].sort());
  });

  it('ranks a page with the term in its title and more hits first', () => {
    expect(searchPages(pages, 'churn')[0]?.page.url).toBe('chapters/anxiety-gap/index.html');
  });

  it('marks every hit in the excerpt and escapes the text, in the form the search dialog reads', () => {
    const [hit] = searchPages(pages, 'terms');
    expect(hit?.excerpt).toContain('<mark>terms</mark>');
    expect(hit?.excerpt).toContain('&lt;b&gt;');
    const parts = excerptParts(hit?.excerpt ?? '');
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['terms']);
    expect(parts.map((p) => p.text).join('')).toContain('<b>terms</b> & more');
  });

  it('keeps the excerpt to about thirty words around the hits', () => {
    const long: IndexedPage = {
      url: 'x.html',
      title: 'X',
      content: `${'filler '.repeat(200)}needle here ${'filler '.repeat(200)}`,
    };
    const excerpt = searchPages([long], 'needle')[0]?.excerpt ?? '';
    expect(excerpt).toContain('<mark>needle</mark>');
    expect(excerpt.split(/\s+/).length).toBeLessThanOrEqual(31);
  });

  it('folds case and accents, and splits terms on anything but letters and digits', () => {
    expect(fold('Café ÉTÉ')).toBe('cafe ete');
    expect(termsOf('Kano-model, kano!')).toEqual(['model', 'kano']);
  });
});
