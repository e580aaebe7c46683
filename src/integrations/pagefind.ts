import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/** Builds the Pagefind search index into the output folder once Astro has written the pages. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'cx-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        await index.writeFiles({ outputPath: `${site}pagefind` });
        await close();
        logger.info(`Pagefind indexed ${added.page_count} pages.`);
      },
    },
  };
}
