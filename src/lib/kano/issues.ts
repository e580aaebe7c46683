/** What kind of problem a survey file had; the i18n layer turns each into a sentence. */
export type IssueCode =
  | 'empty-input'
  | 'too-large'
  | 'parse-error'
  | 'unreadable'
  | 'no-feature-columns'
  | 'no-header'
  | 'unnamed-feature'
  | 'unpaired-column'
  | 'duplicate-column'
  | 'ignored-column'
  | 'delimiter'
  | 'empty-row'
  | 'short-row'
  | 'long-row'
  | 'half-answer'
  | 'unknown-answer'
  | 'bad-importance'
  | 'row-not-counted'
  | 'answers-left-out'
  | 'feature-no-answers'
  | 'no-answers';

/** How much a problem matters: errors lose data, warnings lose a cell or pair, notes lose nothing. */
export type Severity = 'error' | 'warning' | 'note';

/** One problem found in a survey, with where it was (row 1 is the header row; columns from 0). */
export interface SurveyIssue {
  code: IssueCode;
  severity: Severity;
  row?: number;
  column?: number;
  header?: string;
  feature?: string;
  /** The offending text, untrusted: render as text only. */
  value?: string;
  /** A number that goes with the problem (a size, a count, a field count). */
  amount?: number;
}

/** Collects issues, keeping only the first `limit` but counting them all. */
export class IssueLog {
  readonly shown: SurveyIssue[] = [];
  total = 0;
  constructor(readonly limit: number) {}

  /** Records one issue. */
  add(issue: SurveyIssue): void {
    this.total += 1;
    if (this.shown.length < this.limit) this.shown.push(issue);
  }
}

/** Spreadsheet-style letters for a 0-based column index: 0 is A, 25 is Z, 26 is AA. */
export function columnLetter(index: number): string {
  let n = Math.max(0, Math.floor(index)) + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
