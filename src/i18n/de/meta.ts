import type { LanguageMeta } from '../meta';

/** German. */
export const meta: LanguageMeta = {
  code: 'de',
  name: 'Deutsch',
  locale: 'de-DE',
  dir: 'ltr',
  contentWords: { chapter: 'Kapitel[ns]?', and: 'und', exercise: 'Übung' },
};
