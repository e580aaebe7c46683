import * as en from './en/answer';
import { localised } from './text';

const loaders = import.meta.glob(['./*/answer.ts', '!./en/answer.ts']);

/** `answerText` in the page's language (see `./en/answer.ts`). */
export const answerText = localised(en.answerText, loaders, 'answerText');
