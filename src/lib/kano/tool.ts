import type { ToolModel } from '../tool-model';
import { KANO_KEYS, type KanoState, kanoCodec } from './codec';

/** The Kano classifier: one feature's category from a functional and a dysfunctional answer, or a survey. */
export const kanoTool: ToolModel<'kano', KanoState> = {
  id: 'kano',
  chapter: 'four-sources-of-value',
  codec: kanoCodec,
  keys: KANO_KEYS,
  short: 'kano',
  presets: (words) => ({
    'meal-kit': { mode: 'single', feature: words['meal-kit'].feature, functional: 'like', dysfunctional: 'dislike' },
    mortgage: { mode: 'single', feature: words.mortgage.feature, functional: 'like', dysfunctional: 'neutral' },
    'running-shoes': {
      mode: 'single',
      feature: words['running-shoes'].feature,
      functional: 'expect',
      dysfunctional: 'dislike',
    },
  }),
};
