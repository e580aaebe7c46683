/// <reference types="astro/client" />

declare namespace App {
  /** What src/middleware.ts gives every page. */
  interface Locals {
    /** The page's language code ("en", "de"). */
    lang: string;
    /** The locale its numbers and dates are written in ("en-GB", "de-DE"). */
    locale: string;
    /** The page's translator: a namespace's tables in the page's language (`t('site').site.skipLink`). */
    t: import('./i18n/text').Translator;
  }
}
