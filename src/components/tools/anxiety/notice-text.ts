import { anxietyGap as t } from '../../../i18n/anxiety-gap';
import { commonNotice, noticeText } from '../../../i18n/notices';
import type { StateNotice } from '../../../lib/state/notice';

/** A notice from the anxiety calculator's state, in the page's language. */
export function anxietyNotice(n: StateNotice): string {
  if (n.field.tool !== 'anxiety-gap') return commonNotice(n, n.key) ?? n.key;
  const name = t.fields[n.field.field];
  const label = n.field.scenario ? noticeText.scenarioField(t.scenario[n.field.scenario], name) : name;
  return commonNotice(n, label) ?? label;
}
