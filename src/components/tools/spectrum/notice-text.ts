import { commonNotice, noticeText } from '../../../i18n/notices';
import type { FieldRef, StateNotice } from '../../../lib/state/notice';

/** The grid field a notice names: "Offering 2 (“Meal kit”) frequency (from)". */
function labelOf(field: FieldRef, key: string): string {
  const g = noticeText.grid;
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

/** A notice from the spectrum grid's state, in the page's language. */
export function gridNotice(n: StateNotice): string {
  const label = labelOf(n.field, n.key);
  return commonNotice(n, label) ?? label;
}
