import { textOf, uses } from '../../../i18n/text';
import { classifyPair } from '../../../lib/kano/table';
import type { Summary } from '../../../lib/profile/summary';
import { decodeTool } from '../../../lib/profile/tool-state';
import type { ProfilePart } from '../../profile/tool-parts';

const PROFILE = uses('profile');
const KANO = uses('kano');

/** The Kano classifier's single answer pair, in `lang`: the feature, both answers and the category they give. */
export function kanoSummary(query: string, lang: string): Summary<never> {
  const state = decodeTool('kano', query);
  const k = textOf(lang, PROFILE).profileText.kano;
  const kt = textOf(lang, KANO).kanoText;
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

/** The classifier's part of the profile: its summary, without a chart. */
export const profile: ProfilePart<never> = { summary: kanoSummary };
