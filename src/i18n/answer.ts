import type * as en from './en/answer';
import { loadedLocalised } from './text';

// The answering page must stay under 15 KB of JavaScript: it loads only its own language's words.
const loaders = import.meta.glob('./*/answer.ts', { import: 'answerText' });

/** `answerText` in the page's language (see `./en/answer.ts`). */
export const answerText = loadedLocalised<typeof en.answerText>(loaders, 'answerText');
