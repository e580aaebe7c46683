import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildEdition, fillDownloadSize, formatBytes } from '../../scripts/offline/edition.mjs';
import { writeServiceWorker } from '../../scripts/offline/service-worker.mjs';
import { offline } from '../i18n/en/offline';

/**
 * Makes the build work offline, after Pagefind has written its index (list it after pagefindIndex()):
 * builds the offline edition's zip, writes its size into the pages that link to it, then generates
 * the service worker, last, so that it precaches the final files.
 */
export function offlineSupport(): AstroIntegration {
  let base = '/';
  return {
    name: 'cx-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const edition = await buildEdition({ dist, base, strings: offline });
        const filled = fillDownloadSize(dist, offline.size(formatBytes(edition.bytes)));
        if (filled === 0) logger.warn('No page shows the offline edition’s size (no element with data-offline-size).');
        logger.info(
          `Offline edition: ${edition.pages} pages, ${edition.bundles} scripts, ${formatBytes(edition.bytes)} zipped ` +
            `in ${edition.seconds.toFixed(2)} s.`,
        );
        const sw = await writeServiceWorker({ dist, zipPath: offline.zipPath });
        for (const w of sw.warnings) logger.warn(w);
        logger.info(`Service worker precaches ${sw.count} files, ${formatBytes(sw.bytes)}.`);
      },
    },
  };
}
