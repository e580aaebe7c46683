import { kanoText as kt } from '../../i18n/kano';
import { profileText as t } from '../../i18n/profile';
import { classifyPair } from '../../lib/kano/table';
import type { Summary } from '../../lib/profile/summary';
import { decodeTool } from '../../lib/profile/tool-state';

/** The Kano classifier's single answer pair: the feature, both answers and the category they give. */
export function kanoSummary(query: string): Summary<never> {
  const state = decodeTool('kano', query);
  const k = t.kano;
  const feature = state.feature.trim();
  const category =
    state.functional !== '' && state.dysfunctional !== ''
      ? classifyPair(state.functional, state.dysfunctional)
      : undefined;
  const rows = [
    { id: 'feature', label: k.feature, value: feature === '' ? k.unnamed : feature },
    {
      id: 'functional',
      label: k.functional,
      value: state.functional === '' ? k.notAnswered : kt.answers[state.functional],
    },
    {
      id: 'dysfunctional',
      label: k.dysfunctional,
      value: state.dysfunctional === '' ? k.notAnswered : kt.answers[state.dysfunctional],
    },
    {
      id: 'category',
      label: k.category,
      value: category === undefined ? k.pending : `${kt.categories[category]} (${category})`,
    },
  ];
  const notes = [
    ...(category === undefined ? [] : [kt.categoryMeaning[category]]),
    ...(state.mode === 'survey' ? [k.survey] : []),
  ];
  return { rows, notes, chart: undefined };
}
