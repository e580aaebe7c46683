/** Pages in every language: the paths each page is built at, and the language a page renders in. */
import type { AstroGlobal } from 'astro';
import { DEFAULT_LANG, isLang, LANG_CODES } from './languages';
import { setLanguage } from './text';

/** The `[...lang]` parameter of a page in `lang`: none for the default language, the code for another. */
export function langParam(lang: string): string | undefined {
  return lang === DEFAULT_LANG ? undefined : lang;
}

/** `getStaticPaths` of a page built once per language. */
export function langPaths() {
  return LANG_CODES.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

/**
 * Sets every string table to the language of the page being rendered and returns it. Each page
 * calls it first thing; pages are built one at a time, so the tables hold that language throughout.
 */
export async function pageLanguage(astro: Pick<AstroGlobal, 'currentLocale' | 'params'>): Promise<string> {
  const fromParams = astro.params['lang'];
  const lang = isLang(fromParams) ? fromParams : isLang(astro.currentLocale) ? astro.currentLocale : DEFAULT_LANG;
  return setLanguage(lang);
}
