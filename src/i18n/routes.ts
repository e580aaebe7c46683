/** Pages in every language: the paths each page is built at. */
import { DEFAULT_LANG, LANG_CODES } from './languages';

/** The `[...lang]` parameter of a page in `lang`: none for the default language, the code for another. */
export function langParam(lang: string): string | undefined {
  return lang === DEFAULT_LANG ? undefined : lang;
}

/** `getStaticPaths` of a page built once per language (its language reaches it as `Astro.locals.lang`). */
export function langPaths() {
  return LANG_CODES.map((lang) => ({ params: { lang: langParam(lang) } }));
}
