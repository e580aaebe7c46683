import type { LanguageMeta } from '../meta';

/** English, the handbook's first language. */
export const meta: LanguageMeta = {
  code: 'en',
  name: 'English',
  locale: 'en-GB',
  dir: 'ltr',
  contentWords: { chapter: 'chapters?', and: 'and', exercise: 'Exercise' },
};
