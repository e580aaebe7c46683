// Generates the service worker with Workbox once every other file of the build is final.
import { join } from 'node:path';
import { generateSW } from 'workbox-build';

/**
 * Writes dist/sw.js, which precaches every page, asset and the Pagefind index of the build.
 * URLs in the precache list are relative to the worker, so one build works under any base path.
 * @param {{ dist: string, zipPath: string, languages?: readonly string[] }} options zipPath: the offline
 *   edition, left out of the cache; languages: those under /<code>/, each with its own 404 page at <code>/404.html
 * @returns {Promise<{ count: number, bytes: number, warnings: string[] }>}
 */
export async function writeServiceWorker({ dist, zipPath, languages = [] }) {
  const { count, size, warnings } = await generateSW({
    swDest: join(dist, 'sw.js'),
    globDirectory: dist,
    // The EPUBs are in (the whole book, small); the PDFs are not (large, made after the build by `npm run pdf`).
    globPatterns: [
      '**/*.{html,css,js,svg,png,ico,webmanifest,json,csv,txt,epub,pf_fragment,pf_index,pf_meta,pagefind}',
    ],
    globIgnores: [
      'sw.js',
      'workbox-*.js',
      zipPath.replace(/^\//, ''),
      // Pagefind's ready-made interfaces; the site has its own.
      'pagefind/pagefind-*ui.*',
      'pagefind/pagefind-highlight.js',
    ],
    // Hashed file names change whenever their content does: no revision needed.
    dontCacheBustURLsMatching: /(^|\/)_astro\/|\.pf_(fragment|index|meta)$/,
    directoryIndex: 'index.html',
    // Tools keep their state in the query string; every /tools/x/?… is the one cached page.
    ignoreURLParametersMatching: [/.*/],
    cleanupOutdatedCaches: true,
    // The reader decides when a new version takes over (the update prompt); until then every page and
    // every chunk it loads lazily come from one consistent cache, so nothing runs half-updated.
    skipWaiting: false,
    clientsClaim: true,
    // Every page is precached and served from the cache, so a preload request would only be wasted.
    navigationPreload: false,
    runtimeCaching: [
      // A page under /<code>/ the cache does not hold: offline, that language's 404 page. (Every page is
      // precached and matched first, so only addresses the site lacks reach these routes.)
      ...languages.map((lang) => ({
        urlPattern: new RegExp(`^[^?#]*/${lang}/`),
        handler: /** @type {const} */ ('NetworkOnly'),
        options: { precacheFallback: { fallbackURL: `${lang}/404.html` } },
      })),
      {
        // A page the cache does not hold (a new page, a typo): the network, or offline the 404 page.
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '404.html' } },
      },
    ],
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  });
  return { count, bytes: size, warnings };
}
