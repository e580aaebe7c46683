import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hoistIslandStyle } from './island-style.mjs';

/**
 * Keeps the built pages valid HTML: moves Astro's island style out of <article> and <aside> into the
 * head. List it before the integrations that read the pages (search index, offline edition).
 */
export function islandStyleInHead(): AstroIntegration {
  return {
    name: 'cx-island-style',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        let moved = 0;
        for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          const html = readFileSync(join(dist, file), 'utf8');
          const hoisted = hoistIslandStyle(html);
          if (hoisted === html) continue;
          writeFileSync(join(dist, file), hoisted);
          moved += 1;
        }
        logger.info(`Island style moved into the head of ${moved} pages.`);
      },
    },
  };
}
