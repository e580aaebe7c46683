import type { Answer } from '../../lib/kano/answers';
import type { AnswerSetId } from '../../lib/questionnaire/model';

/** Strings of the answering page (and the answer sets the builder offers), apart so phones load only these. */
export const answerText = {
  defaultFunctional: 'How would you feel if the product had this: {feature}?',
  defaultDysfunctional: 'How would you feel if the product did not have this: {feature}?',
  noFeatures: 'This address holds no questionnaire (no features). Ask the trainer for the full address.',
  progress: (n: number, of: number) => `Feature ${n} of ${of}`,
  back: 'Back',
  next: 'Next',
  finish: 'Finish',
  skipNote: 'You may leave a question unanswered; the feature is then counted as skipped.',
  doneHeading: 'Your response code',
  doneIntro: 'Send this code to the person running the questionnaire, by chat, email or on paper.',
  copyCode: 'Copy the code',
  codeCopied: 'Code copied.',
  showQr: 'Show the code as a QR code',
  codeQrLabel: 'Your response code as a QR code',
  codeCopyFailed: 'Could not copy; select the code and copy it, or write it down.',
  answered: (n: number, of: number) => `You answered ${n} of ${of} features.`,
  change: 'Change my answers',
  restart: 'Start again with empty answers',
  restarted: 'Your answers were emptied.',
  notKept: (full: boolean) =>
    `Your answers are not kept on this device (${full ? 'its browser storage is full' : 'this browser is not letting the page save'}): finish in this page without reloading it.`,
  undone: 'Undone: your answers are back.',
  restored: 'Your earlier answers on this device were restored.',
  answerSets: {
    'like-must': {
      like: 'I like it that way',
      expect: 'It must be that way',
      neutral: 'I am neutral',
      tolerate: 'I can live with it that way',
      dislike: 'I dislike it that way',
    },
    'enjoy-necessity': {
      like: 'I enjoy it that way',
      expect: 'It is a basic necessity, or I expect it that way',
      neutral: 'I am neutral',
      tolerate: 'I dislike it, but I can live with it that way',
      dislike: 'I dislike it, and I can’t accept it',
    },
    'helpful-problem': {
      like: 'This would be very helpful to me',
      expect: 'This is a basic requirement for me',
      neutral: 'This would not affect me',
      tolerate: 'This would be a minor inconvenience',
      dislike: 'This would be a major problem for me',
    },
    'like-expect': {
      like: 'I like it',
      expect: 'I expect it',
      neutral: 'I am neutral',
      tolerate: 'I can tolerate it',
      dislike: 'I dislike it',
    },
  } satisfies Record<AnswerSetId, Record<Answer, string>>,
};
