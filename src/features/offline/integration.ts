import type { AstroIntegration } from 'astro';
import type { offline as enOffline } from '../../i18n/en/offline';
import type { LanguageMeta } from '../../i18n/meta';
import { buildEdition, formatBytes } from './edition.mjs';
import { type EditionPage, fillDownloadSize, readEditionPage } from './edition-page.mjs';
import { writeServiceWorker } from './service-worker.mjs';

/** One language of the build, with what the offline steps need of it. */
interface OfflineLanguage {
  lang: string;
  meta: LanguageMeta;
  strings: typeof enOffline;
  /** Its first page, from the site's root: "index.html", "de/index.html". */
  home: string;
}

// Loaded with the config (Vite's module runner is closed by the time the build is done).
const tables = import.meta.glob<typeof enOffline>('../../i18n/*/offline.ts', { eager: true, import: 'offline' });
const metas = import.meta.glob<LanguageMeta>('../../i18n/*/meta.ts', { eager: true, import: 'meta' });

/** The tables of every language the site is built in (config.i18n), the default first. */
function offlineLanguages(locales: readonly string[], defaultLocale: string): OfflineLanguage[] {
  const codes = [defaultLocale, ...locales.filter((l) => l !== defaultLocale)];
  return codes.map((lang) => {
    const strings = tables[`../../i18n/${lang}/offline.ts`];
    const meta = metas[`../../i18n/${lang}/meta.ts`];
    if (!strings || !meta) throw new Error(`src/i18n/${lang}/ has no offline.ts or meta.ts.`);
    return { lang, meta, strings, home: lang === defaultLocale ? 'index.html' : `${lang}/index.html` };
  });
}

/**
 * Makes the build work offline, in the one pass over the built pages (src/features/pages/). Its page
 * step reads what the edition needs of each page; its last step, after Pagefind has written its index
 * (list it after pagefindIndex()), builds the offline edition's zip with every language (one search
 * index and one README each), writes its size into the pages that link to it, then generates the
 * service worker, last, so that it precaches the final files of every language.
 */
export function offlineSupport(): AstroIntegration {
  let base = '/';
  let locales: readonly string[] = ['en'];
  let defaultLocale = 'en';
  let read: EditionPage[] = [];
  return {
    name: 'cx-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        if (config.i18n) {
          locales = config.i18n.locales.map((l) => (typeof l === 'string' ? l : l.path));
          defaultLocale = config.i18n.defaultLocale;
        }
      },
      'cx:pages': ({ pages }) => {
        read = [...pages].map((page) => readEditionPage(page, base));
      },
      'cx:pages:done': async ({ pages, dist, logger, write }) => {
        const languages = offlineLanguages(locales, defaultLocale);
        const [first] = languages;
        if (!first) throw new Error('The build names no language.');
        const edition = await buildEdition({ dist, base, strings: first.strings, languages, pages: read });
        const byLang = new Map(languages.map((l) => [l.lang, l]));
        const filled = fillDownloadSize(pages, (lang) => {
          const { strings, meta } = byLang.get(lang) ?? first;
          return strings.size(formatBytes(edition.bytes, meta.locale));
        });
        if (filled === 0) logger.warn('No page shows the offline edition’s size (no element with data-offline-size).');
        const indexed = Object.entries(edition.indexed)
          .map(([lang, n]) => `${lang} ${n}`)
          .join(', ');
        logger.info(
          `Offline edition: ${edition.pages} pages (search: ${indexed}), ${edition.bundles} scripts, ` +
            `${formatBytes(edition.bytes)} (${edition.bytes} bytes) zipped in ${edition.seconds.toFixed(2)} s.`,
        );
        // The service worker precaches the pages as they ship, with the size.
        write();
        const fallbacks = languages.filter((l) => l.lang !== defaultLocale).map((l) => l.lang);
        const sw = await writeServiceWorker({ dist, zipPath: first.strings.zipPath, languages: fallbacks });
        for (const w of sw.warnings) logger.warn(w);
        logger.info(`Service worker precaches ${sw.count} files, ${formatBytes(sw.bytes)}.`);
      },
    },
  };
}
