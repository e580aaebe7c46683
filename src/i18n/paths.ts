/** Links in the page's language: the one helper every internal link goes through. */
import { joinBase, pathIn } from '../lib/paths';
import { DEFAULT_LANG } from './languages';
import { currentLang } from './text';

/** A root-relative path ("/tools/") as a link on this site: the base path, and a page in `lang` (the page's). */
export function href(path: string, lang: string = currentLang()): string {
  return joinBase(import.meta.env.BASE_URL, pathIn(lang, path, DEFAULT_LANG));
}
