import { kanoText as t } from '../../../i18n/kano';
import { commonNotice, noticeText } from '../../../i18n/notices';
import type { StateNotice } from '../../../lib/state/notice';

/** A notice from the Kano classifier's state, in the page's language. */
export function kanoNotice(n: StateNotice): string {
  const label = n.field.tool === 'kano' ? t.labels[n.field.field] : n.key;
  if (n.code === 'bad-answer') return t.notices.badAnswer(label, noticeText.quote(n.given));
  return commonNotice(n, label) ?? label;
}
