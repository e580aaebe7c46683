import type { AstroIntegration } from 'astro';

/**
 * Gives each language under /<code>/ its 404 page where hosts look for it: Astro builds
 * `<code>/404/index.html`, and Cloudflare Pages, Netlify's rule (netlify.toml) and `npm start` serve the
 * nearest `404.html`, so this copies it to `<code>/404.html`. Its links are site-rooted, so the copy
 * works one folder up. A page step of the one pass over the built pages (src/features/pages/): list it
 * before pagefindIndex() and offlineSupport(), so that the edition and the service worker's precache
 * hold the copy, and before httpHeaders(), so that `_headers` has its policy.
 */
export function languageNotFound(): AstroIntegration {
  let languages: string[] = [];
  return {
    name: 'cx-language-404',
    hooks: {
      'astro:config:done': ({ config }) => {
        const i18n = config.i18n;
        if (!i18n) return;
        languages = i18n.locales
          .map((l) => (typeof l === 'string' ? l : l.path))
          .filter((l) => l !== i18n.defaultLocale);
      },
      'cx:pages': ({ pages, logger }) => {
        const written: string[] = [];
        for (const lang of languages) {
          const page = pages.get(`${lang}/404/index.html`);
          if (!page) throw new Error(`The build has no ${lang}/404/index.html to serve as ${lang}/404.html.`);
          pages.add(page.copyTo(`${lang}/404.html`));
          written.push(`${lang}/404.html`);
        }
        if (written.length > 0) logger.info(`Not-found pages: ${written.join(', ')}.`);
      },
    },
  };
}
