import * as en from './en/questionnaire';
import { localised } from './text';

const loaders = import.meta.glob(['./*/questionnaire.ts', '!./en/questionnaire.ts']);

/** `questionnaireText` in the page's language (see `./en/questionnaire.ts`). */
export const questionnaireText = localised(en.questionnaireText, loaders, 'questionnaireText');

/** `collectText` in the page's language (see `./en/questionnaire.ts`). */
export const collectText = localised(en.collectText, loaders, 'collectText');

/** `surveyCodesText` in the page's language (see `./en/questionnaire.ts`). */
export const surveyCodesText = localised(en.surveyCodesText, loaders, 'surveyCodesText');
