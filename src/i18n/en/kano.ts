import type { Answer } from '../../lib/kano/answers';
import { MIXED_MARGIN_POINTS } from '../../lib/kano/classify';
import type { Quadrant } from '../../lib/kano/coefficients';
import { QUESTIONABLE_FLAG_SHARE, REVERSE_FLAG_SHARE } from '../../lib/kano/feature';
import { columnLetter, type SurveyIssue } from '../../lib/kano/issues';
import { MAX_CHARS, MAX_ISSUES } from '../../lib/kano/limits';
import type { Category } from '../../lib/kano/table';
import { quote } from '../../lib/state/fields';

const percent = (share: number) => `${Math.round(share * 100)} %`;

function where(i: SurveyIssue): string {
  const parts: string[] = [];
  if (i.row !== undefined) parts.push(`Row ${i.row}`);
  if (i.column !== undefined) parts.push(`column ${columnLetter(i.column)}${i.header ? ` (${quote(i.header)})` : ''}`);
  return parts.length > 0 ? `${parts.join(', ')}: ` : '';
}

const ISSUES: Record<SurveyIssue['code'], (i: SurveyIssue) => string> = {
  'empty-input': () => 'There is nothing to read: paste a survey or choose a file.',
  'too-large': (i) =>
    `The text is ${((i.amount ?? 0) / 1e6).toFixed(1)} million characters; the limit is ${MAX_CHARS / 1e6} million. Split the survey and read it in parts.`,
  'parse-error': (i) =>
    `The file could not be read cleanly${i.value ? ` (${i.value})` : ''}; check for a quotation mark that is opened but never closed.`,
  'no-feature-columns': () =>
    'No feature columns were found. Name each pair of columns “Feature (functional)” and “Feature (dysfunctional)”, or “Feature:f” and “Feature:d”.',
  'unnamed-feature': () =>
    'this column has no feature name before “(functional)” or “(dysfunctional)”; it was ignored.',
  'unpaired-column': (i) => `feature ${quote(i.feature ?? '')} has no ${i.value ?? ''} column, so it was left out.`,
  'duplicate-column': (i) =>
    `feature ${quote(i.feature ?? '')} appears twice on this side; the second column was ignored.`,
  'ignored-column': () => 'not a feature column; ignored.',
  delimiter: (i) =>
    `Read as a file separated by ${i.value === ';' ? 'semicolons' : i.value === '\t' ? 'tabs' : i.value === '|' ? 'vertical bars' : quote(i.value ?? '')}.`,
  'empty-row': () => 'empty row; skipped.',
  'short-row': (i) =>
    `this row has only ${i.amount ?? 0} fields, fewer than the header; the missing cells count as blank.`,
  'long-row': (i) => `this row has ${i.amount ?? 0} fields, more than the header; the extra cells were ignored.`,
  'half-answer': (i) => `feature ${quote(i.feature ?? '')} has only one of its two answers; this pair was skipped.`,
  'unknown-answer': (i) =>
    `${quote(i.value ?? '')} is not a known answer for ${quote(i.feature ?? '')}; this pair was skipped. Use the five answers or the numbers 1 to 5.`,
  'feature-no-answers': (i) => `Feature ${quote(i.feature ?? '')} has no valid answer pair.`,
  'no-answers': () => 'No row has a valid answer pair, so there is nothing to classify.',
};

/** Every string the Kano classifier shows, in English. */
export const kanoText = {
  heading: 'Kano classifier',
  intro:
    'The Kano model sorts features by how customers feel when a feature is there and when it is missing. Classify one answer pair, or a whole survey.',
  modeLegend: 'What to classify',
  modes: { single: 'One answer pair', survey: 'A survey (CSV)' },
  answers: {
    like: 'I like it',
    expect: 'I expect it',
    neutral: 'I am neutral',
    tolerate: 'I can tolerate it',
    dislike: 'I dislike it',
  } satisfies Record<Answer, string>,
  answersShort: {
    like: 'Like',
    expect: 'Expect',
    neutral: 'Neutral',
    tolerate: 'Tolerate',
    dislike: 'Dislike',
  } satisfies Record<Answer, string>,
  featureLabel: 'Feature (optional)',
  featureHint: 'For example “skip a week at no cost”.',
  theFeature: (name: string) => (name ? `“${name}”` : 'the feature'),
  functionalLegend: (f: string) => `Functional question: if the offering has ${f}, how do you feel?`,
  dysfunctionalLegend: (f: string) => `Dysfunctional question: if the offering does not have ${f}, how do you feel?`,
  pickBoth: 'Pick one answer to each question to see the category.',
  categories: {
    A: 'Attractive',
    O: 'One-dimensional',
    M: 'Must-be',
    I: 'Indifferent',
    R: 'Reverse',
    Q: 'Questionable',
  } satisfies Record<Category, string>,
  categoryMeaning: {
    A: 'A delight: having it pleases, lacking it does not disappoint.',
    O: 'The more the better: having it pleases and lacking it disappoints, in proportion.',
    M: 'Taken for granted: having it earns no thanks, lacking it disappoints.',
    I: 'Makes little difference either way.',
    R: 'Unwanted: this respondent would rather not have it.',
    Q: 'The two answers contradict each other, so the question was probably misread.',
  } satisfies Record<Category, string>,
  singleResult: (category: string) => `Category: ${category}`,
  why: (f: string, d: string) =>
    `Why: with the feature you answered “${f}”; without it, “${d}”. The evaluation table puts that pair here:`,
  tableCaption:
    'Kano evaluation table (Berger et al., 1993): rows are the functional answer, columns the dysfunctional answer',
  tableCorner: 'Functional ↓ / Dysfunctional →',
  yourCell: '(your answers)',
  legendLine: 'A attractive, O one-dimensional, M must-be, I indifferent, R reverse, Q questionable.',
  // Survey
  surveyIntro:
    'One row per respondent; for each feature a pair of columns, “Name (functional)” and “Name (dysfunctional)” (or “Name:f” and “Name:d”). Answers as the five phrases (“I like it” … “I dislike it”), single words (like, expect, neutral, tolerate, dislike) or numbers 1 to 5 in that order. Other columns, such as a respondent id, are ignored. Commas, semicolons or tabs all work.',
  pasteLabel: 'Paste survey CSV',
  fileLabel: 'Or choose a CSV file',
  readButton: 'Classify pasted survey',
  loadSample: 'Load the sample survey',
  downloadTemplate: 'Download template CSV',
  downloadSample: 'Download sample survey CSV',
  downloadResults: 'Download results as CSV',
  clearSurvey: 'Clear survey',
  reading: 'Reading the survey…',
  fileTooLarge: (mb: string) =>
    `That file is ${mb} MB; the limit is about ${MAX_CHARS / 1e6} MB. Split it and read it in parts.`,
  fileUnreadable: 'The file could not be read.',
  notSaved: 'This survey is too large to keep in this browser; it will not be there after a reload.',
  summary: (respondents: number, rows: number, features: number) =>
    `${respondents} of ${rows} respondent rows had at least one valid answer pair; ${features} features classified.`,
  timing: (ms: string) => `Read and classified in ${ms} ms.`,
  issuesHeading: (n: number) => `${n} ${n === 1 ? 'problem' : 'problems'} found`,
  issueMore: (n: number) => `…and ${n} more not shown.`,
  severity: { error: 'Error', warning: 'Warning', note: 'Note' },
  issue: (i: SurveyIssue) => `${where(i)}${(ISSUES[i.code] ?? (() => ''))(i)}`,
  resultsCaption: 'Results per feature',
  columns: {
    feature: 'Feature',
    total: 'Answer pairs',
    category: 'Category',
    strength: 'Strength',
    better: 'Better',
    worse: 'Worse',
    flags: 'Flags',
  },
  strengthValue: (points: string, runnerUp: string) => `${points} points${runnerUp ? ` over ${runnerUp}` : ''}`,
  mixed: (a: string, b: string) => `Mixed: ${a} and ${b} are close`,
  noCategory: 'no answers',
  undefinedCoefficient: 'n/a',
  undefinedCoefficientTitle: 'Not defined: no answer fell in A, O, M or I.',
  flagQuestionable: `Many questionable answers (${percent(QUESTIONABLE_FLAG_SHARE)} or more)`,
  flagReverse: `Many reverse answers (${percent(REVERSE_FLAG_SHARE)} or more)`,
  noFlags: '—',
  chartHeading: 'Better versus Worse',
  chartLabel: (n: number) =>
    `Scatter chart of ${n} features: Better on the vertical axis, |Worse| on the horizontal axis, split into four quadrants. The table lists the same values.`,
  tooltip: (name: string, better: string, worse: string) => `${name}: Better ${better}, |Worse| ${worse}`,
  chartEmpty: 'No feature has a defined Better and Worse yet, so there is nothing to plot.',
  chartLeftOut: (names: string) => `Not plotted (no answers in A, O, M or I): ${names}.`,
  chartLoading: 'Drawing the chart…',
  chartFailed: 'The chart could not be drawn; the table has the same values.',
  axisBetter: 'Better: satisfaction when present',
  axisWorse: '|Worse|: dissatisfaction when absent',
  quadrants: {
    attractive: 'Attractive (high Better, low |Worse|)',
    'one-dimensional': 'One-dimensional (high Better, high |Worse|)',
    'must-be': 'Must-be (low Better, high |Worse|)',
    indifferent: 'Indifferent (low Better, low |Worse|)',
  } satisfies Record<Quadrant, string>,
  quadrantShort: {
    attractive: 'Attractive',
    'one-dimensional': 'One-dimensional',
    'must-be': 'Must-be',
    indifferent: 'Indifferent',
  } satisfies Record<Quadrant, string>,
  quadrantColumn: 'Quadrant',
  formulaRules: [
    'Each respondent’s answer pair for a feature is looked up in the evaluation table of Berger et al. (1993) and counted in one of six categories: A, O, M, I, R or Q.',
    'A feature’s category is its most frequent one. Exact ties go to the category with the larger effect on satisfaction, in the order M > O > A > I (then R, then Q).',
    `Category strength = share of the top category − share of the runner-up, in percentage points, over all answer pairs (after Lee and Newcomb, 1997). Below ${MIXED_MARGIN_POINTS} points the feature is flagged as mixed: read it as belonging to both categories.`,
    'Better = (A + O) ÷ (A + O + M + I), from 0 to 1: how much adding the feature can raise satisfaction.',
    'Worse = −(O + M) ÷ (A + O + M + I), from −1 to 0: how much leaving it out can lower satisfaction. The minus sign is a convention; the chart plots its size, |Worse|.',
    'Reverse and questionable answers are left out of Better and Worse. When A + O + M + I is 0 both are not defined and are shown as n/a.',
    `A feature is flagged when ${percent(QUESTIONABLE_FLAG_SHARE)} or more of its answers are questionable (the question may have been misread) or ${percent(REVERSE_FLAG_SHARE)} or more are reverse (some respondents would rather not have it).`,
    'Chart quadrants split both axes at 0.5.',
  ],
  csvFormat:
    'Survey file format: the first row is the header; each further row is one respondent. Each feature takes two columns named “Feature (functional)” and “Feature (dysfunctional)” (the short forms “Feature:f” and “Feature:d” work too). Answers: I like it (1), I expect it (2), I am neutral (3), I can tolerate it (4), I dislike it (5), as words or numbers. A blank pair is skipped; a pair with one answer missing or an unknown answer is skipped and reported with its row and column; every other pair still counts. In the exported results, any text cell that starts with =, + or @, a hyphen-minus (-), a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows it as text instead of running it as a formula.',
  assumptions:
    'The Kano model is a separate, standard method (Kano et al., 1984; Berger et al., 1993). The essay’s four sources of value were learned through it, but they are not the same thing: this tool classifies features, the value quiz profiles an offering.',
  privacy: 'The survey stays in this browser: nothing is uploaded.',
  maxIssues: MAX_ISSUES,
  labels: {
    view: 'View',
    feature: 'Feature name',
    functional: 'Answer with the feature',
    dysfunctional: 'Answer without the feature',
  },
  notices: {
    badAnswer: (label: string, raw: string) =>
      `${label} ${raw} is not one of like, expect, neutral, tolerate, dislike; it was left unanswered.`,
  },
} as const;
