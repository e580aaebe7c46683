import { commonNotice } from '../../../i18n/common-notice';
import { textOf, uses } from '../../../i18n/text';
import type { StateNotice } from '../../../lib/state/notice';
import type { QuizText } from './value-bars';

const QUIZ = uses('value-quiz');
const NOTICES = uses('notices');

/** The quiz field a notice names. */
function labelOf(n: StateNotice, t: QuizText): string {
  if (n.field.tool !== 'value-quiz') return n.key;
  if (n.field.field === 'offering') return t.offeringLabel;
  if (n.field.field === 'frequency') return t.frequencyLabel;
  if (n.field.field === 'complexity') return t.complexityLabel;
  return n.key;
}

/** A notice from the value quiz's state, in `lang`. */
export function quizNotice(n: StateNotice, lang: string): string {
  const t = textOf(lang, QUIZ).valueQuizText;
  const { noticeText } = textOf(lang, NOTICES);
  const label = labelOf(n, t);
  if (n.code === 'bad-answer') return t.notices.badAnswer(n.key, noticeText.quote(n.given));
  if (n.code === 'not-a-number-left-empty') return t.notices.badPlace(label, noticeText.quote(n.given));
  return commonNotice(n, label, lang) ?? label;
}
