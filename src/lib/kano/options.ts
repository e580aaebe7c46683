import type { Rule } from './classify';
import type { RespondentLimits } from './filter';
import type { TableVariant } from './table';

/** The choices that shape an analysis: evaluation table, classification rule and, optionally, respondent limits. */
export interface AnalysisOptions extends RespondentLimits {
  table: TableVariant;
  rule: Rule;
}

/** Default choices: the standard table of Berger et al. and the most frequent category. */
export const DEFAULT_OPTIONS: AnalysisOptions = { table: 'standard', rule: 'most-frequent' };

/** A segment with fewer respondents than this is named as small: its figures are shaky. */
export const SMALL_SEGMENT = 10;
/** The level of the top-versus-runner-up test. */
export const TEST_ALPHA = 0.05;
