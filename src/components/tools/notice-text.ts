import type { StateNotice } from '../../lib/state/notice';
import { anxietyNotice } from './anxiety/notice-text';
import { kanoNotice } from './kano/notice-text';
import { quizNotice } from './quiz/notice-text';
import { gridNotice } from './spectrum/notice-text';

/** A notice from any tool's state, in `lang` (for pages that read every tool: profile, board). */
export function toolNotice(n: StateNotice, lang: string): string {
  if (n.field.tool === 'anxiety-gap') return anxietyNotice(n, lang);
  if (n.field.tool === 'kano') return kanoNotice(n, lang);
  if (n.field.tool === 'value-quiz') return quizNotice(n, lang);
  return gridNotice(n, lang);
}
