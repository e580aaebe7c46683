import { commonNotice } from '../../../i18n/common-notice';
import { type Namespaces, textOf, uses } from '../../../i18n/text';
import type { FieldRef, StateNotice } from '../../../lib/state/notice';

const NOTICES = uses('notices');

/** The grid field a notice names: "Offering 2 (“Meal kit”) frequency (from)". */
function labelOf(field: FieldRef, key: string, g: Namespaces['notices']['noticeText']['grid']): string {
  if (field.tool !== 'spectrum-grid') return key;
  if (!('index' in field)) return g[field.field];
  const offering = g.offering(field.index + 1);
  if (field.field === 'offering') return offering;
  if (field.field === 'name') return g.name(offering);
  const shown = field.name === undefined || field.name === '' ? offering : g.named(offering, field.name);
  const axis = g[field.field](shown);
  if (field.end === undefined) return axis;
  return g[field.end](axis);
}

/** A notice from the spectrum grid's state, in `lang`. */
export function gridNotice(n: StateNotice, lang: string): string {
  const label = labelOf(n.field, n.key, textOf(lang, NOTICES).noticeText.grid);
  return commonNotice(n, label, lang) ?? label;
}
