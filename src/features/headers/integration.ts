import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatHeaders, headerRules, LIMITS, metaPolicy, type Page, pagePath } from './headers.mjs';

/** Every HTML file of the build, relative to it, with "/" separators. */
function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/**
 * Writes `_headers` (read by Netlify, Cloudflare Pages and `npm start`) from the built pages: each page's
 * meta policy as a header, with who may frame it, plus caching and the common security headers.
 * List it last, so that it sees the pages as they ship.
 */
export function httpHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'cx-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const pages: Page[] = [];
        for (const file of htmlFiles(dist)) {
          const policy = metaPolicy(readFileSync(join(dist, file), 'utf8'));
          if (policy === null) throw new Error(`${file} has no Content-Security-Policy meta tag.`);
          pages.push({ path: pagePath(base, file), policy });
        }
        const rules = headerRules({ base, pages });
        const text = formatHeaders(
          rules,
          'Made by the build (src/features/headers/integration.ts) from the pages it built.',
        );
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
