/**
 * The handbook's languages. Each is a folder of strings, `src/i18n/<code>/`, whose `meta.ts` names it;
 * adding a folder (and a chapters folder) adds a language, and nothing here changes.
 */
import type { LanguageMeta } from './meta';

const metas = import.meta.glob<LanguageMeta>('./*/meta.ts', { eager: true, import: 'meta' });

/** The language of the site's root; the others live under `/<code>/`. */
export const DEFAULT_LANG = 'en';

/** Every language, the default first, then by code. */
export const LANGUAGES: readonly LanguageMeta[] = Object.values(metas).sort((a, b) =>
  a.code === DEFAULT_LANG ? -1 : b.code === DEFAULT_LANG ? 1 : a.code.localeCompare(b.code),
);

/** The language codes, the default first. */
export const LANG_CODES: readonly string[] = LANGUAGES.map((l) => l.code);

/** True for a code the handbook is written in. */
export function isLang(code: unknown): code is string {
  return typeof code === 'string' && LANG_CODES.includes(code);
}

/** The language with this code, or the default one. */
export function language(code: string | undefined): LanguageMeta {
  return LANGUAGES.find((l) => l.code === code) ?? LANGUAGES.find((l) => l.code === DEFAULT_LANG) ?? fallbackMeta;
}

const fallbackMeta: LanguageMeta = {
  code: DEFAULT_LANG,
  name: 'English',
  locale: 'en-GB',
  dir: 'ltr',
  contentWords: { chapter: 'chapters?', and: 'and', exercise: 'Exercise' },
};
