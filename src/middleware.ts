/**
 * Gives every page its language, from its own address: `Astro.locals.lang`, its `locale`, and `t`, the
 * translator of that language (as Starlight does). Every namespace of that language is loaded first, so
 * a page and the islands it renders read their words synchronously, and two pages in two languages can
 * render at once.
 */
import { defineMiddleware } from 'astro:middleware';
import { DEFAULT_LANG, isLang, language } from './i18n/languages';
import { loadAllText } from './i18n/server';
import { translator } from './i18n/text';

export const onRequest = defineMiddleware(async (context, next) => {
  const fromParams = context.params['lang'];
  const lang = isLang(fromParams) ? fromParams : isLang(context.currentLocale) ? context.currentLocale : DEFAULT_LANG;
  await loadAllText(lang);
  context.locals.lang = lang;
  context.locals.locale = language(lang).locale;
  context.locals.t = translator(lang);
  return next();
});
