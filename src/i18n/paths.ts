/** Links in a language: the one helper every internal link goes through. */
import { joinBase, pathIn } from '../lib/paths';
import { DEFAULT_LANG } from './languages';

/** A root-relative path ("/tools/") as a link on this site: the base path, and the page in `lang`. */
export function href(path: string, lang: string): string {
  return joinBase(import.meta.env.BASE_URL, pathIn(lang, path, DEFAULT_LANG));
}
