import type { AnswerSetId } from '../../lib/questionnaire/model';
import { Q_LIMITS } from '../../lib/questionnaire/model';
import type { CodeProblem } from '../../lib/questionnaire/read-code';
import type { QuestionnaireProblem } from '../../lib/questionnaire/url';
import { quote } from '../quote';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const PROBLEMS: Record<QuestionnaireProblem['code'], (p: QuestionnaireProblem) => string> = {
  'bad-packed': (p) =>
    `The address could not be read: it is damaged (cut short or changed) or longer than ${p.amount ?? 0} characters.`,
  'too-long-address': (p) => `The address is longer than ${p.amount ?? 0} characters; only its start was read.`,
  'unknown-key': (p) => `The address holds ${quote(p.key)}, which a questionnaire does not use; it was ignored.`,
  'too-long': (p) => `${quote(p.key)} was longer than ${p.amount ?? 0} characters and was shortened.`,
  'bad-set': (p) => `${quote(p.value ?? '')} is not one of the answer sets; the standard set is used.`,
  'too-many-features': (p) => `${quote(p.key)} is past the limit of ${p.amount ?? 0} features; it was left out.`,
  'description-without-name': (p) => `${quote(p.key)} describes a feature that has no name; it was left out.`,
  markup: (p) =>
    `${quote(p.key)} looks like web code (${quote(p.value ?? '')}); it is shown as plain text and cannot run.`,
};

/** Every string of the questionnaire builder and the answering page, in English. */
export const questionnaireText = {
  needsScript: 'This page needs JavaScript to build a questionnaire.',
  /** The answer sets' names (their wordings are in the answering page's table). */
  answerSetNames: {
    'like-must': 'Like it that way / must be that way',
    'enjoy-necessity': 'Enjoy it / basic necessity',
    'helpful-problem': 'Very helpful / major problem',
    'like-expect': 'Like it / expect it (the Kano tool’s own words)',
  } satisfies Record<AnswerSetId, string>,
  builderTitle: 'Kano questionnaire',
  fromKano: 'Collecting answers from a room of people? Build a questionnaire they answer on their phones:',
  builderDescription:
    'Build a Kano questionnaire your group answers on their phones: the questionnaire lives in its address, answers come back as short codes, and nothing is sent anywhere.',
  builderLead:
    'Write the features, share the address or its QR code, and collect the response codes people send you. The questionnaire travels in the address itself: this site has no server that could store it.',
  titleLabel: 'Title shown to respondents (optional)',
  featuresHeading: 'Features',
  featuresHint: `From 1 to ${Q_LIMITS.features} features. Keep names short; a one-line description helps people who do not know the product.`,
  featureName: (n: number) => `Feature ${n}: name`,
  featureDescription: (n: number) => `Feature ${n}: description (optional)`,
  removeFeature: (n: number) => `Remove feature ${n}`,
  featureRemoved: (n: number, name: string) =>
    name === '' ? `Feature ${n} removed.` : `Feature ${n}, “${name}”, removed.`,
  moveUp: (n: number) => `Move feature ${n} up`,
  addFeature: 'Add a feature',
  featureLimit: `A questionnaire holds at most ${Q_LIMITS.features} features.`,
  wordingHeading: 'The two questions',
  wordingHint: 'Leave blank for the standard wording. Write {feature} where the feature’s name should appear.',
  functionalLabel: 'Question when the feature is there',
  dysfunctionalLabel: 'Question when the feature is missing',
  setHeading: 'Answer set',
  setHint: 'Berger and colleagues (1993) discuss these standard sets, each running from liking to disliking.',
  shareHeading: 'Share with the room',
  shareEmpty: 'Add at least one named feature to get the address to share.',
  shareIntro: 'Show this QR code on the projector, or send the address. Opening it shows the questionnaire.',
  qrLabel: (n: number) => `QR code of the questionnaire’s address (${plural(n, 'feature', 'features')})`,
  addressLabel: 'Address of the questionnaire',
  openAnswer: 'Open the questionnaire as a respondent sees it',
  copyAddress: 'Copy the address',
  copied: 'Address copied.',
  copyFailed: 'Could not copy; select the address and copy it by hand.',
  problemsHeading: 'What was not read as given',
  addressTooLong: (length: number, max: number) =>
    `This questionnaire is too long for an address (${length} characters even packed; addresses stop at ${max}): shorten names or descriptions. It is kept in this browser meanwhile.`,
  savedShown: 'The questionnaire saved in this browser is shown instead, unchanged.',
  tooLongForQr: 'The address is too long for a QR code; shorten names or descriptions, or share the address as text.',
  qrLarge: 'Show the QR code full screen',
  qrClose: 'Close',
  problem: (p: QuestionnaireProblem) => PROBLEMS[p.code](p),
};

const CODE_PROBLEMS: Record<CodeProblem, string> = {
  'not-a-code': 'not a response code of this handbook',
  'unknown-version': 'made by another version of the questionnaire page',
  'bad-character': 'holds a character that codes never use (I, L, O or U); probably mistyped',
  'bad-checksum': 'its check characters do not match; probably mistyped (one character changed or swapped)',
  'other-questionnaire': 'made for another questionnaire (different features or answer set)',
  'wrong-length': 'has the wrong number of answers for this questionnaire',
};

/** Strings of the "Paste response codes" panel, in English. */
export const collectText = {
  heading: 'Paste response codes',
  intro:
    'Paste anything that holds codes: a chat export, an email, one code per line. Codes are found wherever they sit; names and times around them are ignored. Paste more later: codes already counted are not counted twice.',
  label: 'Text holding response codes',
  add: 'Add the codes',
  clear: 'Forget all collected codes',
  cleared: 'Collected codes forgotten.',
  notSaved: (full: boolean, inAddress: boolean) =>
    `These codes are not saved in this browser: ${full ? 'its storage is full' : 'it is not letting the handbook save'}. ${inAddress ? 'The page’s address keeps them for now' : 'They stay on this page only until it is closed'}; download the answers to keep them.`,
  download: 'Download the answers (CSV)',
  downloadHint: 'One row per respondent, two columns per feature: the shape the Kano survey view reads.',
  none: 'No codes collected yet.',
  total: (n: number) => `${plural(n, 'respondent', 'respondents')} collected so far.`,
  report: (found: number, valid: number, duplicates: number, rejected: number) =>
    `Found ${plural(found, 'code', 'codes')}: ${valid} valid and new, ${plural(duplicates, 'duplicate', 'duplicates')} ignored, ${rejected} refused.`,
  tooLong: 'The text is too long to search (over 2 million characters); paste it in parts.',
  overLimit: (n: number) =>
    `${plural(n, 'valid code was', 'valid codes were')} not kept: the limit of respondents is reached.`,
  rejectedHeading: 'Refused codes',
  rejected: (code: string, why: CodeProblem) => `${quote(code)}: ${CODE_PROBLEMS[why]}.`,
  resultsHeading: 'Results so far',
  resultsCaption: 'Kano category of each feature from the collected codes (most frequent answer pattern).',
  feature: 'Feature',
  answers: 'Answer pairs',
  category: 'Category',
  none2: 'none yet',
  surveyNote:
    'For Better and Worse coefficients and the chart, download the CSV and open it in the Kano tool’s survey view.',
  why: CODE_PROBLEMS,
};

/** Strings of "Paste response codes" in the Kano survey view, in English. */
export const surveyCodesText = {
  summary: 'Paste response codes from a questionnaire',
  addressLabel: 'Address of the questionnaire (kept with the codes; at first, the one built last in this browser)',
  noQuestionnaire:
    'Paste the questionnaire’s address first (from the questionnaire page): the codes are read against its features.',
  features: (names: readonly string[]) => `Features: ${names.join(', ')}.`,
  notKept: (why: 'full' | 'blocked' | 'too-large') =>
    `This address is not kept in this browser (${why === 'full' ? 'its storage is full' : why === 'blocked' ? 'it is not letting the page save' : 'it is too long to keep'}): paste it again after a reload.`,
};
