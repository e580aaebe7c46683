/**
 * Which field a notice is about, as codes the i18n layer names. Spectrum offerings repeat, so their
 * fields carry the offering's 0-based index and name; a span's two ends carry which end.
 */
export type FieldRef =
  | { tool: 'anxiety-gap'; field: AnxietyField; scenario?: 'today' | 'changed' }
  | { tool: 'value-quiz'; field: 'offering' | 'frequency' | 'complexity' | 'answer' }
  | { tool: 'kano'; field: 'view' | 'feature' | 'functional' | 'dysfunctional' }
  | { tool: 'spectrum-grid'; field: 'read' | 'refs' }
  | {
      tool: 'spectrum-grid';
      field: 'offering' | 'name' | 'frequency' | 'complexity';
      index: number;
      name?: string;
      end?: 'from' | 'to';
    };

/** The anxiety calculator's fields, as named in the i18n table's `fields`. */
export type AnxietyField =
  | 'gap'
  | 'gapUnit'
  | 'size'
  | 'share'
  | 'price'
  | 'budget'
  | 'complexity'
  | 'window'
  | 'windowUnit'
  | 'touchpoints'
  | 'onboarding'
  | 'community'
  | 'customers'
  | 'period'
  | 'value'
  | 'churn'
  | 'currency';

/** What was wrong with a value and what was used instead, as a code with its values. */
export type NoticeProblem =
  | { code: 'not-a-number'; given: string; used: number }
  | { code: 'out-of-range'; given: string; min: number; max: number; integer: boolean; used: number }
  | { code: 'not-a-choice'; given: string; choices: readonly string[]; used: string }
  | { code: 'shortened'; maxLength: number }
  | { code: 'missing'; used: number }
  /** An answer that is not one of the tool's answers; it is left unanswered. */
  | { code: 'bad-answer'; given: string }
  /** A place that is not a number; it is left empty. */
  | { code: 'not-a-number-left-empty'; given: string }
  /** An offering with no position; it is placed in the middle. */
  | { code: 'no-position'; given: string }
  | { code: 'too-many-offerings'; given: number; kept: number };

/** A problem found while reading saved or shared state: where (URL key and field) and what, as codes. */
export type StateNotice = NoticeProblem & {
  /** The URL key, field or file path the problem was found in. */
  key: string;
  field: FieldRef;
};

/** A decoded value and every problem met on the way; the value is always safe to use. */
export interface Decoded<T> {
  value: T;
  notices: StateNotice[];
}
