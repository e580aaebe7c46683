import { readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/** The languages Pagefind wrote an index for, with their page counts (from pagefind-entry.json). */
function indexedLanguages(outputPath: string): Record<string, number> {
  const entry = JSON.parse(readFileSync(`${outputPath}/pagefind-entry.json`, 'utf8')) as {
    languages?: Record<string, { page_count?: number }>;
  };
  return Object.fromEntries(Object.entries(entry.languages ?? {}).map(([lang, l]) => [lang, l.page_count ?? 0]));
}

/**
 * Builds the Pagefind search index into the output folder once Astro has written the pages. Pagefind
 * writes one index per `<html lang>` and its script loads the one of the page it runs on, so each
 * language searches only its own pages; a page without a language would land in an "unknown" index
 * that no page loads, which fails the build. A step of the one pass over the built pages
 * (src/features/pages/), after the page steps have written their changes: Pagefind reads the build folder.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'cx-pagefind',
    hooks: {
      'cx:pages:done': async ({ dist: site, logger }) => {
        const outputPath = `${site}pagefind`;
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        await index.writeFiles({ outputPath });
        await close();
        const languages = indexedLanguages(outputPath);
        if ('unknown' in languages) {
          throw new Error(
            `Pagefind indexed ${languages['unknown']} pages without <html lang>; no search would find them.`,
          );
        }
        const counts = Object.entries(languages)
          .map(([lang, n]) => `${lang} ${n}`)
          .join(', ');
        logger.info(`Pagefind read ${added.page_count} pages and indexed by language: ${counts}.`);
      },
    },
  };
}
