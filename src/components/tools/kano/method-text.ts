import type { Namespaces } from '../../../i18n/text';
import type { Analysis } from '../../../lib/kano/analysis';
import { filtering } from '../../../lib/kano/filter';

/** The method in sentences, in the words of `t`: table and rule, then who the respondent limits left out. */
export function methodSentences(a: Analysis, t: Namespaces['kano']['kanoText']): string[] {
  const lines = [t.methodLine(t.choices.tables[a.options.table], t.choices.rules[a.options.rule])];
  if (filtering(a.filter.limits)) lines.push(t.filterLine({ ...a.filter, ...a.filter.limits }));
  return lines;
}
