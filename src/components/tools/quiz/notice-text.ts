import { commonNotice, noticeText } from '../../../i18n/notices';
import { valueQuizText as t } from '../../../i18n/value-quiz';
import type { StateNotice } from '../../../lib/state/notice';

/** The quiz field a notice names. */
function labelOf(n: StateNotice): string {
  if (n.field.tool !== 'value-quiz') return n.key;
  if (n.field.field === 'offering') return t.offeringLabel;
  if (n.field.field === 'frequency') return t.frequencyLabel;
  if (n.field.field === 'complexity') return t.complexityLabel;
  return n.key;
}

/** A notice from the value quiz's state, in the page's language. */
export function quizNotice(n: StateNotice): string {
  const label = labelOf(n);
  if (n.code === 'bad-answer') return t.notices.badAnswer(n.key, noticeText.quote(n.given));
  if (n.code === 'not-a-number-left-empty') return t.notices.badPlace(label, noticeText.quote(n.given));
  return commonNotice(n, label) ?? label;
}
