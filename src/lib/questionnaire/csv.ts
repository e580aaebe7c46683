import type { AnswerWords } from '../kano/answers';
import { escapeFormula } from '../kano/export';
import { RESPONDENT_HEADER } from '../kano/headers';
import type { Respondent } from './collect';
import type { Questionnaire } from './model';

/** One CSV cell: formula-safe, quoted when it holds a separator, a quote or a line break. */
function cell(text: string): string {
  const safe = escapeFormula(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Respondents × features as the survey view reads them: a Respondent column (the code), then
 * "Name (functional)" and "Name (dysfunctional)" per feature, answers in the words `words`;
 * a skipped feature leaves both cells empty.
 */
export function responsesCsv(q: Questionnaire, respondents: readonly Respondent[], words: AnswerWords): string {
  const header = [
    RESPONDENT_HEADER,
    ...q.features.flatMap((f) => [`${f.name} (functional)`, `${f.name} (dysfunctional)`]),
  ];
  const rows = respondents.map((r) => [
    r.code,
    ...q.features.flatMap((_, i) => {
      const pair = r.answers[i];
      return pair ? [words[pair.functional], words[pair.dysfunctional]] : ['', ''];
    }),
  ]);
  return `${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
