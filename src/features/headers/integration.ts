import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkRules, formatHeaders, headerRules, LIMITS, metaPolicy, pagePath } from './headers.mjs';

/** Every file of the build, relative to it, with "/" separators. */
function builtFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((f) => f !== '_headers')
    .sort();
}

/**
 * Writes `_headers` (read by Netlify, Cloudflare Pages and `npm start`) from the built pages: the one
 * policy every page has as a header, with who may frame it, plus caching and the common security
 * headers, in a handful of rules whatever the number of pages and languages (headers.mjs).
 * Fails the build when the pages do not share one policy, or when the file would break a host's limits.
 * Steps of the one pass over the built pages (src/features/pages/): list it last, so that it sees the
 * pages as they ship.
 */
export function httpHeaders(): AstroIntegration {
  let base = '/';
  let languages: string[] = [];
  const policies = new Map<string, string>();
  return {
    name: 'cx-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        languages = (config.i18n?.locales ?? []).map((l) => (typeof l === 'string' ? l : l.path));
      },
      'cx:pages': ({ pages }) => {
        policies.clear();
        for (const { file, document } of pages) {
          const policy = metaPolicy(document);
          if (policy === null) throw new Error(`${file} has no Content-Security-Policy meta tag.`);
          if (!policies.has(policy)) policies.set(policy, file);
        }
      },
      'cx:pages:done': ({ dist, logger }) => {
        const [policy, ...others] = [...policies.keys()];
        if (policy === undefined) throw new Error('The build has no pages.');
        if (others.length > 0)
          throw new Error(
            `Every page should have the same Content-Security-Policy, for the host to send it as one header, but ${[
              ...policies.values(),
            ].join(' and ')} have different ones. An inline script or style needs its hash in every page's ` +
              'policy: see src/components/site/inline-scripts.ts.',
          );
        // Read after every page step and the offline edition, so that the pages and files are those that ship.
        const files = builtFiles(dist);
        const site = {
          base,
          policy,
          pages: files.filter((f) => f.endsWith('.html')).map((f) => pagePath(base, f)),
          files: files.filter((f) => !f.endsWith('.html')).map((f) => `${base}${f}`),
          languages,
        };
        const rules = headerRules(site);
        const problems = checkRules(rules, site);
        if (problems.length > 0) throw new Error(`_headers would be wrong:\n${problems.join('\n')}`);
        const text = formatHeaders(rules, 'Made by the build (src/features/headers/) from the pages it built.');
        if (rules.length > LIMITS.rules)
          throw new Error(`_headers has ${rules.length} rules; Cloudflare Pages reads ${LIMITS.rules}.`);
        const longest = Math.max(...text.split('\n').map((l) => l.length));
        if (longest > LIMITS.lineLength)
          throw new Error(
            `_headers has a line of ${longest} characters; Cloudflare Pages reads ${LIMITS.lineLength} a line.`,
          );
        writeFileSync(join(dist, '_headers'), text);
        logger.info(
          `_headers: ${rules.length} rules for ${site.pages.length} pages; longest line ${longest} characters.`,
        );
      },
    },
  };
}
