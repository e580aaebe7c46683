import * as en from './en/value-quiz';
import { localised } from './text';

const loaders = import.meta.glob(['./*/value-quiz.ts', '!./en/value-quiz.ts']);

/** `valueQuizText` in the page's language (see `./en/value-quiz.ts`). */
export const valueQuizText = localised(en.valueQuizText, loaders, 'valueQuizText');
