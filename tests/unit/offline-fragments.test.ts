import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { indexFile } from '../../src/features/offline/client/pwa-offline-search';
import { formatBytes, searchIndexFile } from '../../src/features/offline/edition.mjs';
import { decodeFragment } from '../../src/features/offline/search-index.mjs';
import { pageLanguage, parseHtml } from '../../src/features/pages/page.mjs';

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

  it.each([
    [850_000, '850 kB'],
    [1_234_567, '1,2 MB'],
  ])('%d bytes read as %s in German', (bytes, text) => {
    expect(formatBytes(bytes, 'de-DE')).toBe(text);
  });
});

describe('one search index per language in the offline edition', () => {
  it.each([
    ['<!DOCTYPE html><html lang="de" dir="ltr" data-x>', 'de'],
    ['<html dir="ltr" lang="en-GB">', 'en-gb'],
    ['<!doctype html>\n<html data-lang="fr" lang="DE">', 'de'],
    ['<html>', 'unknown'],
    ['<html lang="">', 'unknown'],
  ])('%s is a page in %s', (html, lang) => {
    expect(pageLanguage(parseHtml(html))).toBe(lang);
  });

  it.each(['en', 'de', 'unknown'])('the build writes and the page loads the same file for %s', (lang) => {
    expect(indexFile(lang)).toBe(searchIndexFile(lang));
  });

  it('a page loads the index of its language as Pagefind names it: lower case, "unknown" without one', () => {
    expect(indexFile('DE')).toBe(searchIndexFile('de'));
    expect(indexFile('')).toBe(searchIndexFile('unknown'));
  });
});
