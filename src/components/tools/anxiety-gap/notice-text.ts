import { commonNotice } from '../../../i18n/common-notice';
import { textOf, uses } from '../../../i18n/text';
import type { StateNotice } from '../../../lib/state/notice';

const ANXIETY = uses('anxiety-gap');
const NOTICES = uses('notices');

/** A notice from the anxiety calculator's state, in `lang`. */
export function anxietyNotice(n: StateNotice, lang: string): string {
  if (n.field.tool !== 'anxiety-gap') return commonNotice(n, n.key, lang) ?? n.key;
  const t = textOf(lang, ANXIETY).anxietyGap;
  const { noticeText } = textOf(lang, NOTICES);
  const name = t.fields[n.field.field];
  const label = n.field.scenario ? noticeText.scenarioField(t.scenario[n.field.scenario], name) : name;
  return commonNotice(n, label, lang) ?? label;
}
