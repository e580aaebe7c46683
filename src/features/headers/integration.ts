import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { formatHeaders, headerRules, LIMITS, metaPolicy, type Page, pagePath } from './headers.mjs';

/**
 * Writes `_headers` (read by Netlify, Cloudflare Pages and `npm start`) from the built pages: each page's
 * meta policy as a header, with who may frame it, plus caching and the common security headers.
 * Steps of the one pass over the built pages (src/features/pages/): list it last, so that it sees the
 * pages as they ship.
 */
export function httpHeaders(): AstroIntegration {
  let base = '/';
  let pages: Page[] = [];
  return {
    name: 'cx-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'cx:pages': ({ pages: built }) => {
        pages = [];
        for (const { file, document } of built) {
          const policy = metaPolicy(document);
          if (policy === null) throw new Error(`${file} has no Content-Security-Policy meta tag.`);
          pages.push({ path: pagePath(base, file), policy });
        }
      },
      'cx:pages:done': ({ dist, logger }) => {
        const rules = headerRules({ base, pages });
        const text = formatHeaders(rules, 'Made by the build (src/features/headers/) from the pages it built.');
        writeFileSync(join(dist, '_headers'), text);
        if (rules.length > LIMITS.rules)
          logger.warn(`_headers has ${rules.length} rules; Cloudflare Pages reads ${LIMITS.rules}.`);
        const long = text.split('\n').filter((l) => l.length > LIMITS.lineLength).length;
        if (long > 0)
          logger.warn(
            `_headers has ${long} lines over ${LIMITS.lineLength} characters, too long for Cloudflare Pages.`,
          );
        logger.info(`_headers: ${rules.length} rules for ${pages.length} pages.`);
      },
    },
  };
}
