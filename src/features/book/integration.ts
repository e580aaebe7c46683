import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { book as enBook } from '../../i18n/en/book';
import type { site as enSite } from '../../i18n/en/site';
import { formatBytes } from '../offline/edition.mjs';
import { pageLanguage } from '../pages/page.mjs';
import { isBookPage, prepareBookPage } from './book-page.mjs';
import { buildEpub } from './epub.mjs';
import { bookFiles } from './files';

// Loaded with the config (Vite's module runner is closed by the time the build is done).
const books = import.meta.glob<typeof enBook>('../../i18n/*/book.ts', { eager: true, import: 'book' });
const sites = import.meta.glob<typeof enSite>('../../i18n/*/site.ts', { eager: true, import: 'site' });

/** A language's book strings, or an error naming the missing file. */
function bookStrings(lang: string): typeof enBook {
  const strings = books[`../../i18n/${lang}/book.ts`];
  if (!strings) throw new Error(`src/i18n/${lang}/book.ts is missing.`);
  return strings;
}

/**
 * The book edition (src/pages/[...lang]/book.astro), in the one pass over the built pages
 * (src/features/pages/). Its page step makes each book page one document: ids unique per chapter,
 * links between the handbook's pages pointed at the book's sections (marked for "see page N"), each
 * tool its static first result and address. Its last step writes each language's EPUB to
 * /downloads/ (list it before offlineSupport(), so that the offline zip and the service worker carry them).
 */
export function bookEdition(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  let defaultLocale = 'en';
  return {
    name: 'cx-book',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = config.site;
        if (config.i18n) defaultLocale = config.i18n.defaultLocale;
      },
      'cx:pages': ({ pages }) => {
        for (const page of pages) {
          if (!isBookPage(page.file)) continue;
          const lang = pageLanguage(page.document);
          const strings = bookStrings(lang);
          prepareBookPage(page, {
            base,
            site,
            prefix: lang === defaultLocale ? undefined : lang,
            seePage: strings.seePage,
            toolAt: strings.toolAt,
            toolStatic: strings.toolStatic,
          });
        }
      },
      'cx:pages:done': ({ pages, dist, logger }) => {
        const modified = process.env.SOURCE_DATE_EPOCH
          ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000)
          : new Date();
        let made = 0;
        for (const page of pages) {
          if (!isBookPage(page.file)) continue;
          const lang = pageLanguage(page.document);
          const strings = bookStrings(lang);
          const siteStrings = sites[`../../i18n/${lang}/site.ts`];
          const epub = buildEpub({
            document: page.document,
            lang,
            site: site ? new URL(base, site).href : undefined,
            modified,
            strings: {
              title: siteStrings?.title ?? strings.bookTitle,
              subtitle: strings.subtitle,
              contents: strings.contents,
              titlePage: strings.titlePage,
              description: strings.description,
            },
          });
          const file = join(dist, bookFiles(lang).epub);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, epub.bytes);
          made++;
          logger.info(`EPUB ${lang}: ${epub.chapters.length} chapters, ${formatBytes(epub.bytes.length)}.`);
        }
        if (made === 0) throw new Error('The build has no book page (book/index.html) to make the EPUB from.');
      },
    },
  };
}
