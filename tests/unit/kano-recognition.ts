/** What the Kano tests read answers with: the survey reader's recognition of the English and German tables. */
import { kanoAnswers as de } from '../../src/i18n/de/kano-answers';
import { kanoAnswers as en } from '../../src/i18n/en/kano-answers';
import { answerRecognition } from '../../src/lib/kano/answers';

/** The English wordings, then the German ones, as the handbook's pages recognise them. */
export const RECOGNITION = answerRecognition([en, de]);
/** The two tables, for tests that walk their sets and short keys. */
export const WORDINGS = { en, de };
