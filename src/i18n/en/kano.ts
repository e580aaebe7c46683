import type { Answer } from '../../lib/kano/answers';
import { MIXED_MARGIN_POINTS } from '../../lib/kano/classify';
import type { Quadrant } from '../../lib/kano/coefficients';
import { QUESTIONABLE_FLAG_SHARE, REVERSE_FLAG_SHARE } from '../../lib/kano/feature';
import { columnLetter, type SurveyIssue } from '../../lib/kano/issues';
import { MAX_CHARS, MAX_ISSUES } from '../../lib/kano/limits';
import type { PriorityKey } from '../../lib/kano/priority';
import { MAX_DISTINCT_ANSWERS } from '../../lib/kano/responses';
import type { Category } from '../../lib/kano/table';
import { quote } from '../quote';

const percent = (share: number) => `${Math.round(share * 100)} %`;

/** What the respondent limits did, as the filter sentence needs it. */
export interface FilterSummary {
  before: number;
  leftOut: number;
  tooManyQuestionable: number;
  tooManyIndifferent: number;
  maxQuestionable?: number | undefined;
  maxIndifferent?: number | undefined;
}

const limitWords = (f: FilterSummary) =>
  [
    f.maxQuestionable === undefined ? '' : `more than ${f.maxQuestionable} questionable`,
    f.maxIndifferent === undefined ? '' : `more than ${f.maxIndifferent} indifferent`,
  ]
    .filter((x) => x !== '')
    .join(' or ')
    .concat(' answer pairs');

const reasons = (f: FilterSummary) =>
  f.leftOut === 0
    ? ''
    : ` (${[
        f.maxQuestionable === undefined ? '' : `${f.tooManyQuestionable} for questionable`,
        f.maxIndifferent === undefined ? '' : `${f.tooManyIndifferent} for indifferent`,
      ]
        .filter((x) => x !== '')
        .join(', ')})`;

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
  unreadable: () =>
    'The survey could not be read: the reading stopped on an error before any result. Read it again; if that fails too, split the file and read it in parts.',
  'no-feature-columns': () =>
    'No feature columns were recognised. Add each feature in the column table below and choose its two columns, or name each pair of columns “Feature (functional)” and “Feature (dysfunctional)”.',
  'no-header': () =>
    'The first row holds answers or numbers, not column names: the file seems to have no header row. Add a first row that names each column.',
  'bad-importance': (i) =>
    `${quote(i.value ?? '')} is not an importance rating (a whole number 1 to 10, such as “6” or “9 - Extremely important”) for ${quote(i.feature ?? '')}; this rating was not counted.`,
  'row-not-counted': () =>
    'this row has no complete, recognised answer pair for any mapped feature, so it was not counted.',
  'answers-left-out': (i) =>
    `${i.amount ?? 0} further distinct answer texts were found beyond the ${MAX_DISTINCT_ANSWERS} listed; their cells were not counted. Check that the mapped columns hold Kano answers.`,
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
    `${quote(i.value ?? '')} is not assigned to an answer level for ${quote(i.feature ?? '')}; this pair was not counted. Assign it in the answer table.`,
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
    'One row per respondent. Export your survey tool’s responses as CSV and read it as it is: the tool proposes which columns are each feature’s functional and dysfunctional questions (by header names such as “Name (functional)”, “F6_functional” / “F6_dysfunctional”, “pos”/“neg”, or by question wording) and how each answer text reads; you can change both below. Commas, semicolons or tabs all work.',
  pasteLabel: 'Paste survey CSV',
  fileLabel: 'Or choose a CSV file',
  readButton: 'Classify pasted survey',
  loadSample: 'Load the sample survey',
  downloadTemplate: 'Download template CSV',
  downloadSample: 'Download sample survey CSV',
  downloadResults: 'Download results as CSV',
  downloadWorkbook: 'Download results as a spreadsheet (.xlsx)',
  workbookWriting: 'Writing the spreadsheet…',
  workbookDone: 'The spreadsheet is ready and downloading.',
  workbookFailed: 'The spreadsheet could not be written (its writer did not load); the CSV download still works.',
  printReport: 'Print the survey report',
  clearSurvey: 'Clear survey',
  resetWithSurvey: 'Reset to the starting values; the saved survey and its column choices were cleared.',
  reading: 'Reading the survey…',
  readNothing: 'Nothing was read; the problem is named below.',
  cancelled: 'Stopped. The results shown, if any, are from the previous reading.',
  cancel: 'Stop reading',
  progressLabel: 'Reading progress',
  levels: {
    like: 'Like',
    expect: 'Must-be (expect)',
    neutral: 'Neutral',
    tolerate: 'Live with (tolerate)',
    dislike: 'Dislike',
  } satisfies Record<Answer, string>,
  mapping: {
    heading: 'Columns read as features',
    intro:
      'Proposed from the file; change any choice and the results update. Nothing in your file is changed. Columns not chosen here are ignored (listed above).',
    noneFound: 'No feature was recognised. Add a feature and choose its two columns.',
    caption: 'Column mapping',
    feature: 'Feature name',
    functional: 'Functional column (feature present)',
    dysfunctional: 'Dysfunctional column (feature absent)',
    importance: 'Importance column',
    found: 'Found by',
    foundBy: { header: 'column names', question: 'question wording' },
    byReader: 'your choice',
    remove: 'Not a feature',
    removeLabel: (name: string) => `Not a feature: remove “${name}”`,
    add: 'Add a feature',
    newFeature: (n: number) => `Feature ${n}`,
    nameLabel: (n: number) => `Name of feature ${n}`,
    functionalLabel: (name: string) => `Functional column of “${name}”`,
    dysfunctionalLabel: (name: string) => `Dysfunctional column of “${name}”`,
    importanceLabel: (name: string) => `Importance column of “${name}”`,
    none: 'None',
    columnHint:
      'Each column field takes a column letter (such as “C”) or a column’s name; start typing to see the columns that match. Leave the importance field empty for none.',
    unknownColumn: (typed: string, kept: string) =>
      `No column is called “${typed}”; the choice is still ${kept}. Type a column letter or pick a name from the list.`,
    pagesLabel: 'Pages of the column mapping',
    previousPage: 'Previous features',
    nextPage: 'Next features',
    pageStatus: (from: number, to: number, of: number) => `Features ${from} to ${to} of ${of}`,
    removed: (name: string) => `Feature “${name}” removed from the mapping.`,
    unnamedColumn: '(no name)',
    segment: 'Compare segments by column',
  },
  answerMap: {
    heading: 'Answers read as',
    intro:
      'Every distinct answer found in the feature columns, and the level it is read as. Known wordings are read without help: the four answer sets of Berger et al. 1993, in English and in German; the German set most German questionnaires use (after Sauerwein and colleagues); the wordings of this handbook’s own questionnaire, in both languages; short words such as “like” or “egal”; and the numbers 1 to 5. Anything else stays unassigned, and its cells are not counted, until you choose a level.',
    unassignedCount: (n: number) =>
      `${n} answer ${n === 1 ? 'text is' : 'texts are'} unassigned; ${n === 1 ? 'its' : 'their'} cells are not counted (each is listed under problems).`,
    caption: 'Answer mapping',
    text: 'Answer text',
    cells: 'Cells',
    level: 'Read as',
    levelLabel: (text: string) => `Read “${text.length > 60 ? `${text.slice(0, 59)}…` : text}” as`,
    unassigned: 'Unassigned (not counted)',
  },
  choices: {
    tableLegend: 'Evaluation table',
    tables: {
      standard: 'Standard (Berger et al. 1993)',
      pouliot: 'Modified, after Pouliot (same answer twice, except neutral, is questionable)',
    },
    ruleLegend: 'Classification rule',
    rules: {
      'most-frequent': 'Most frequent category',
      'aom-vs-irq': 'A+O+M against I+R+Q first',
    },
  },
  methodLine: (table: string, rule: string) => `Evaluation table: ${table}. Rule: ${rule}.`,
  filterLine: (f: FilterSummary) =>
    `Respondents left out (as stp25’s rm_Q and rm_I do): ${limitWords(f)}: ${f.leftOut} of ${f.before}${reasons(f)}; ${f.before - f.leftOut} analysed.`,
  filter: {
    legend: 'Leave out respondents (optional)',
    intro:
      'A respondent with many questionable answers probably misread the questions; one with many indifferent answers may not have cared. Leave such respondents out of every count by giving a limit; leave a field empty for no limit (the default).',
    questionable: 'Most questionable (Q) answer pairs allowed per respondent',
    indifferent: 'Most indifferent (I) answer pairs allowed per respondent',
    hint: 'A whole number, 0 or more; empty for no limit.',
  },
  resultsCaptionFiltered: (left: number, of: number) =>
    `Results per feature (${left} of ${of} respondents left out by the limits above)`,
  priority: {
    heading: 'Priority list',
    intro:
      'The features in the order to act on them: must-be first, then one-dimensional, attractive and indifferent (reverse and questionable last), each with one line of advice.',
    orderLegend: 'Within a category, order by',
    orders: {
      importance: 'Mean importance (highest first)',
      worse: '|Worse| (largest first)',
      better: 'Better (largest first)',
    } satisfies Record<PriorityKey, string>,
    noImportance: 'no importance column mapped',
    caption: (order: string) => `Priority list, within each category by ${order}`,
    item: (name: string, value: string) => `${name} (${value})`,
  },
  chartCaption: (method: string) => `Better against |Worse| with 95 % Wilson intervals as error bars. ${method}`,
  everyone: 'All respondents',
  segmentName: (name: string) => `Segment “${name}”`,
  blankSegment: '(blank)',
  intervalValue: (low: string, high: string) => `${low} to ${high}`,
  pValue: (p: number) => (p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`),
  testClear: (a: string, b: string, p: string) => `Clear: ${a} beats ${b} (${p}, exact binomial test)`,
  testUnclear: (a: string, b: string, p: string) =>
    `Not clear at 5 %: ${a} and ${b} could be level (${p}, exact binomial test)`,
  importanceValue: (mean: string, sd: string, n: number) => `mean ${mean}, SD ${sd} (${n} ratings)`,
  sizeLegend: (lo: string, hi: string) =>
    `Point size: mean importance, from ${lo} (smallest point) to ${hi} (largest point).`,
  errorBarLegend:
    'Error bars: 95 % Wilson intervals for Better (vertical) and |Worse| (horizontal). Long bars mean few answers.',
  chartText: 'Chart values as text',
  pointText: (name: string, b: string, bi: string, w: string, wi: string, importance: string) =>
    `${name}: Better ${b} (95 % interval ${bi}), Worse ${w} (95 % interval ${wi})${importance ? `, mean importance ${importance}` : ''}.`,
  howSure: {
    heading: 'How sure is each verdict?',
    paragraphs: [
      'Interval: the range of Better or Worse that fits the answers at 95 % confidence, by the Wilson score interval for a proportion. We chose Wilson because it is exact enough at small samples and near 0 or 1, needs no random resampling (so the figures are the same on every run) and is quick. If two features’ intervals overlap a lot, do not rank them on Better or Worse alone.',
      'Test: the count of the chosen category is compared with the runner-up’s by an exact two-sided binomial test (are the two equally likely?). “Clear” means p below 0.05; “not clear at 5 %” means the data cannot tell the two apart: a close call is not a category, so read the feature as both.',
      `Fong’s test (Fong 1996), as the R package stp25 computes it: with a and b the counts of the two most frequent categories among M, O, A, I and R, and n all answer pairs (questionable ones included), the lead is significant at 5 % when |a − b| ≥ 1.65 × √((a + b)(2n − a − b) ÷ 2n), the right side rounded to one decimal as stp25 does. Like stp25 we report it only when A + O + M + I is 12 or more. It is an approximate test beside the exact binomial one; where they disagree, the lead is close.`,
      'Category strength (Lee and Newcomb 1997): the share of the most frequent category minus the share of the second, over all answer pairs, with questionable answers left out of the ranking as stp25 does. Total strength: the share of A + O + M, how many respondents care about the feature at all. A low total strength means the feature matters to few, whatever its category.',
      `Mixed flag: the category chosen leads the next one by fewer than ${MIXED_MARGIN_POINTS} percentage points of all answer pairs. Under the most-frequent rule that is a category strength under ${MIXED_MARGIN_POINTS} points (unless questionable answers are among the top two, which category strength does not rank). The flag ignores sample size and the tests do not: with many respondents even a small gap is clear, with few a large gap may not be.`,
    ],
  },
  segments: {
    heading: 'Segments',
    intro: (n: number) =>
      `${n} segments, side by side. For each feature a chi-square test asks whether the category mix differs between segments.`,
    small: (min: number, names: string) =>
      `Small segments (fewer than ${min} respondents; read their figures with care): ${names}.`,
    sized: (name: string, n: number) => `“${name}” (${n})`,
    testCaption: 'Do segments differ? Chi-square test of segment against category, per feature',
    verdict: 'Verdict',
    statistic: 'Statistic',
    method: 'p-value by',
    noTest: 'No test: fewer than two segments have answers in two categories.',
    differ: 'The segments differ (p below 0.05)',
    same: 'No clear difference at 5 %',
    stat: (x2: string, df: number, p: string) => `χ² = ${x2}, df = ${df}, ${p}`,
    asymptotic: 'chi-square distribution (every expected count is 5 or more)',
    monteCarlo: (b: number, seed: number, minExpected: string) =>
      `Monte Carlo, ${b} shuffles with seed ${seed} (smallest expected count ${minExpected}, under 5)`,
    groupHeading: (name: string, n: number) => `${name}: ${n} ${n === 1 ? 'respondent' : 'respondents'}`,
    resultsCaption: (name: string) => `Results per feature: ${name}`,
  },
  continuous: {
    heading: 'Alternative reading: continuous scores',
    paragraphs: [
      'An alternative reading, not the classification above: each answer gets a score on the commonly used asymmetric scale (functional: like 4, must-be 2, neutral 0, live-with −1, dislike −2; dysfunctional mirrored: like −2, must-be −1, neutral 0, live-with 2, dislike 4), averaged per feature.',
      'Known criticism: it treats ordered answers as if they were evenly spaced numbers, the weights are a convention rather than measured, and an average can hide a feature on which respondents split into two camps. Use it to compare features, not to overrule the categories.',
    ],
    caption: 'Continuous scores per feature (mean and standard deviation)',
    functional: 'Functional score',
    dysfunctional: 'Dysfunctional score',
    value: (mean: string, sd: string) => `${mean} (SD ${sd})`,
    plotLabel: (n: number) =>
      `Plot of ${n} features: mean dysfunctional score across, mean functional score up, both from −2 to 4. The table lists the same values.`,
    xAxis: 'Dysfunctional score (mean)',
    yAxis: 'Functional score (mean)',
  },
  fileTooLarge: (mb: string) =>
    `That file is ${mb} MB; the limit is about ${MAX_CHARS / 1e6} MB. Split it and read it in parts.`,
  fileUnreadable: 'The file could not be read.',
  /** Why a survey is not kept in the browser, by how the save went. */
  notSaved: {
    'too-large': 'This survey is too large to keep in this browser; it will not be there after a reload.',
    full: 'This browser’s storage is full, so this survey is not kept: it will not be there after a reload.',
    blocked:
      'This browser is not letting the handbook save, so this survey is not kept: it will not be there after a reload.',
  },
  /** Two tabs on the survey view: what one says when the other saved. */
  sync: {
    heard: 'Another tab changed the choices for this survey; they are used here too.',
    held: 'Another tab opened a different survey, or cleared this one. This tab keeps showing its own and saves nothing until you choose.',
    unreadable:
      'This browser holds choices for the survey saved by a newer version of the handbook. This tab saves nothing over them until you choose; reloading the page reads them.',
    keepHere: 'Keep this tab’s survey (it replaces the other one in this browser)',
    openOther: 'Open the other tab’s survey here',
    keptHere: 'This tab’s survey is kept in this browser, in place of the one the other tab opened.',
    ownReplaced: (rows: readonly string[], other: boolean) =>
      `Another tab changed the same ${rows.length > 0 ? `${rows.length === 1 ? 'row' : 'rows'} (${rows.map((r) => `“${r}”`).join(', ')})` : 'choice'}${rows.length > 0 && other ? ' and other choices' : ''} a moment after you: its change is kept. Undo puts yours back.`,
    ownBack: 'Your choices are back.',
  },
  summary: (respondents: number, rows: number, features: number) =>
    `${respondents} of ${rows} respondent rows had at least one valid answer pair; ${features} features classified.`,
  timing: (ms: string) => `Read and classified in ${ms} ms.`,
  issuesHeading: (n: number) => `${n} ${n === 1 ? 'problem' : 'problems'} found`,
  issueMore: (n: number) => `…and ${n} more not shown.`,
  severity: { error: 'Error', warning: 'Warning', note: 'Note' },
  issue: (i: SurveyIssue) => `${where(i)}${(ISSUES[i.code] ?? (() => ''))(i)}`,
  resultsCaption: 'Results per feature',
  glanceLabel: 'Category per feature',
  columns: {
    feature: 'Feature',
    total: 'Answer pairs',
    category: 'Category',
    strength: 'Strength',
    categoryStrength: 'Category strength',
    totalStrength: 'Total strength',
    fong: 'Fong’s test',
    better: 'Better',
    worse: 'Worse',
    flags: 'Flags',
    test: 'Top vs runner-up',
    betterInterval: 'Better, 95 % interval',
    worseInterval: 'Worse, 95 % interval',
    importance: 'Importance',
  },
  strengthValue: (points: string, runnerUp: string) => `${points} points${runnerUp ? ` over ${runnerUp}` : ''}`,
  mixed: (a: string, b: string) => `Mixed: ${a} and ${b} are close`,
  percentValue: (x: string) => `${x} %`,
  fongValue: (significant: boolean, difference: number, critical: string) =>
    significant
      ? `Significant: |a − b| = ${difference} ≥ ${critical}`
      : `Not significant: |a − b| = ${difference} < ${critical}`,
  fongNotApplicable: 'n/a (fewer than 12 pairs in A, O, M, I)',
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
    'A feature’s category is its most frequent one. Exact ties go to the category with the larger effect on satisfaction, in the order M > O > A > I (then R, then Q). In the survey view you may choose instead the rule “if A + O + M > I + R + Q, the largest of A, O and M, otherwise the largest of I, R and Q”, and the modified evaluation table Berger et al. (1993) attribute to Pouliot, in which the same answer to both questions (other than neutral) is questionable.',
    `Category strength = share of the top category − share of the runner-up, in percentage points, over all answer pairs (after Lee and Newcomb, 1997). Below ${MIXED_MARGIN_POINTS} points the feature is flagged as mixed: read it as belonging to both categories.`,
    'Better = (A + O) ÷ (A + O + M + I), from 0 to 1: how much adding the feature can raise satisfaction.',
    'Worse = −(O + M) ÷ (A + O + M + I), from −1 to 0: how much leaving it out can lower satisfaction. The minus sign is a convention; the chart plots its size, |Worse|.',
    'Reverse and questionable answers are left out of Better and Worse. When A + O + M + I is 0 both are not defined and are shown as n/a.',
    `A feature is flagged when ${percent(QUESTIONABLE_FLAG_SHARE)} or more of its answers are questionable (the question may have been misread) or ${percent(REVERSE_FLAG_SHARE)} or more are reverse (some respondents would rather not have it).`,
    'Chart quadrants split both axes at 0.5.',
    'Total strength = (A + O + M) ÷ all answer pairs. Fong’s test (Fong 1996, as the R package stp25 computes it): with a and b the two largest counts among M, O, A, I and R and n all answer pairs, the lead is significant at 5 % when |a − b| ≥ 1.65 × √((a + b)(2n − a − b) ÷ 2n). In the survey view, respondents with more than a chosen number of questionable or indifferent answer pairs can be left out of every count (as stp25’s rm_Q and rm_I do).',
    '95 % intervals for Better and Worse are Wilson score intervals over A + O + M + I. The top category is tested against the runner-up by an exact two-sided binomial test on their two counts. Segments are compared by a chi-square test of segment against category; when an expected count is under 5 its p-value comes from 2,000 seeded Monte Carlo shuffles instead.',
  ],
  csvFormat:
    'Survey file format: the first row is the header; each further row is one respondent. Each feature takes two columns named “Feature (functional)” and “Feature (dysfunctional)” (the short forms “Feature:f” and “Feature:d” work too). Answers: I like it (1), I expect it (2), I am neutral (3), I can tolerate it (4), I dislike it (5), as words or numbers; the other known wordings, English and German (see “Answers read as”), are read too, and any other text you assign a level there. A blank pair is skipped; a pair with one answer missing or an unknown answer is skipped and reported with its row and column; every other pair still counts. In the exported results, any text cell that starts with =, + or @, a hyphen-minus (-), a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows it as text instead of running it as a formula.',
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
