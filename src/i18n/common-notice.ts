import type { StateNotice } from '../lib/state/notice';
import { textOf, uses } from './text';

const NOTICES = uses('notices');

/**
 * A notice's sentence for the notices every reader shares (a number, a choice, a cut text, a missing
 * or misplaced value), given its field's name, in `lang`; undefined for a code the tool words itself.
 */
export function commonNotice(n: StateNotice, label: string, lang: string): string | undefined {
  const t = textOf(lang, NOTICES).noticeText;
  switch (n.code) {
    case 'not-a-number':
      return t.notANumber(label, n.given, n.used);
    case 'out-of-range':
      return t.outOfRange(label, n.given, n.min, n.max, n.integer, n.used);
    case 'not-a-choice':
      return t.notAChoice(label, n.given, n.choices, n.used);
    case 'shortened':
      return t.shortened(label, n.maxLength);
    case 'missing':
      return t.missing(label, n.used);
    case 'no-position':
      return t.noPosition(label, n.given);
    case 'too-many-offerings':
      return t.tooManyOfferings(n.given, n.kept);
    default:
      return undefined;
  }
}
