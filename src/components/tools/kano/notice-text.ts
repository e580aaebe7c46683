import { commonNotice } from '../../../i18n/common-notice';
import { textOf, uses } from '../../../i18n/text';
import type { StateNotice } from '../../../lib/state/notice';

const KANO = uses('kano');
const NOTICES = uses('notices');

/** A notice from the Kano classifier's state, in `lang`. */
export function kanoNotice(n: StateNotice, lang: string): string {
  const t = textOf(lang, KANO).kanoText;
  const label = n.field.tool === 'kano' ? t.labels[n.field.field] : n.key;
  if (n.code === 'bad-answer') return t.notices.badAnswer(label, textOf(lang, NOTICES).noticeText.quote(n.given));
  return commonNotice(n, label, lang) ?? label;
}
