import { type AnswerWordings, answerRecognition } from '../../../lib/kano/answers';

/** Every language's Kano answer wordings, read whatever the page's language: a German export may be read on an English page. */
const wordings = import.meta.glob<AnswerWordings>('../../../i18n/*/kano-answers.ts', {
  eager: true,
  import: 'kanoAnswers',
});

/** The answer wordings the survey reader recognises without help, in every language the handbook has. */
export const KANO_RECOGNITION = answerRecognition(Object.values(wordings));
