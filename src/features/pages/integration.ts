import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { BuiltPages } from './page.mjs';

/** What a feature's page step is given: every built page, parsed once, in the order of their paths. */
export interface PageStep {
  /** Read a page's tree (`page.document`); change it only with `page.edit()`; add new pages with `pages.add()`. */
  pages: BuiltPages;
  logger: AstroIntegrationLogger;
}

/** What a feature's last step is given, once every page the page steps changed is written. */
export interface PagesDone extends PageStep {
  /** The build folder (a path ending in "/"). */
  dist: string;
  /** Writes the pages changed since the last write (the pass writes again after each step). */
  write: () => void;
}

declare global {
  namespace Astro {
    interface IntegrationHooks {
      /**
       * A feature's page step, called once per build with every built page, in the order the
       * integrations are listed in astro.config.mjs. Nothing is written until every page step is done.
       */
      'cx:pages': (step: PageStep) => void;
      /**
       * A feature's step after the page steps, once their changes are written, in the same order:
       * for work that reads the build folder (the search index) or needs every page (the offline
       * edition, `_headers`). Pages it changes are written when it returns.
       */
      'cx:pages:done': (step: PagesDone) => void | Promise<void>;
    }
  }
}

/**
 * The one post-build pass over the built pages. Once Astro has written them, it reads and parses each
 * page once (src/features/pages/page.mjs) and hands them to each feature's page step (`cx:pages`), in
 * the order of astro.config.mjs: island style into the head, the not-found copies, the offline
 * edition reading what it needs, the headers feature reading each page's policy. It writes back only
 * the pages a step changed, then runs each feature's `cx:pages:done` step in the same order (search
 * index, offline edition and service worker, `_headers`), writing after each what that step changed.
 */
export function builtPages(): AstroIntegration {
  let integrations: AstroIntegration[] = [];
  return {
    name: 'cx-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        integrations = config.integrations;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const pages = BuiltPages.read(dist);
        const read = pages.size;
        const written = new Set<string>();
        const write = () => {
          for (const file of pages.write(dist)) written.add(file);
        };
        for (const integration of integrations) {
          integration.hooks['cx:pages']?.({ pages, logger: logger.fork(integration.name) });
        }
        write();
        for (const integration of integrations) {
          const step = integration.hooks['cx:pages:done'];
          if (!step) continue;
          await step({ pages, logger: logger.fork(integration.name), dist, write });
          write();
        }
        logger.info(`Read and parsed ${read} pages once; wrote back the ${written.size} that steps changed or added.`);
      },
    },
  };
}
