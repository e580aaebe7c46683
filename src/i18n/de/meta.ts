import type { LanguageMeta } from '../meta';

/** German. */
export const meta: LanguageMeta = { code: 'de', name: 'Deutsch', locale: 'de-DE', dir: 'ltr' };
