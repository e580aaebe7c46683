import type { AstroIntegration } from 'astro';
import { hoistIslandStyle } from './island-style.mjs';

/**
 * Keeps the built pages valid HTML: moves Astro's island style out of <article> and <aside> into the
 * head. A page step of the one pass over the built pages (src/features/pages/): list it before the
 * steps that read the pages (search index, offline edition).
 */
export function islandStyleInHead(): AstroIntegration {
  return {
    name: 'cx-island-style',
    hooks: {
      'cx:pages': ({ pages, logger }) => {
        let moved = 0;
        for (const page of pages) {
          if (hoistIslandStyle(page)) moved += 1;
        }
        logger.info(`Island style moved into the head of ${moved} pages.`);
      },
    },
  };
}
