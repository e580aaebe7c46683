/**
 * Stands in for Pagefind's module in the offline edition: the site's own search dialog calls the
 * same four functions, and gets results from an index that a classic <script> loaded. As Pagefind
 * does, it loads the index of the page's language (its <html lang>), so a page finds only pages in
 * its language.
 */
import { editionRoot } from './pwa-offline-runtime';
import { type IndexedPage, searchPages } from './pwa-offline-search-core';

/** The global the index script assigns. */
const INDEX_GLOBAL = 'cxOfflineIndex';

/** The index of a language, as ../edition.mjs (searchIndexFile) names it. */
export function indexFile(lang: string): string {
  return `_offline/search-index.${(lang || 'unknown').toLowerCase()}.js`;
}

declare global {
  var cxOfflineIndex: IndexedPage[] | undefined;
}

let loading: Promise<IndexedPage[]> | undefined;
let latest = 0;

function loadIndex(): Promise<IndexedPage[]> {
  loading ??= new Promise((resolve, reject) => {
    const ready = globalThis[INDEX_GLOBAL];
    if (ready) return resolve(ready);
    const script = document.createElement('script');
    script.src = editionRoot() + indexFile(document.documentElement.lang);
    script.addEventListener('load', () => {
      const index = globalThis[INDEX_GLOBAL];
      if (index) resolve(index);
      else reject(new Error('The search index script set no index.'));
    });
    script.addEventListener('error', () => reject(new Error(`Could not load ${script.src}`)));
    document.head.append(script);
  });
  return loading;
}

/** Pagefind's options(); the edition resolves every URL from its own root, so there is nothing to set. */
export async function options(_: { baseUrl?: string }): Promise<void> {}

/** Loads the index (once). */
export async function init(): Promise<void> {
  await loadIndex();
}

/** Searches the index; results link to pages relative to the edition's root, like every other link. */
export async function search(query: string) {
  const pages = await loadIndex();
  const root = editionRoot();
  const results = searchPages(pages, query).map((hit) => ({
    id: hit.page.url,
    score: hit.score,
    data: async () => ({
      url: root + hit.page.url,
      excerpt: hit.excerpt,
      meta: { title: hit.page.title },
      sub_results: [],
    }),
  }));
  return { results, unfilteredResultCount: results.length };
}

/** Pagefind's debouncedSearch(): null when a newer call has superseded this one. */
export async function debouncedSearch(query: string, _options?: object, ms = 300) {
  const mine = ++latest;
  await new Promise((resolve) => setTimeout(resolve, ms));
  if (mine !== latest) return null;
  return search(query);
}
