import * as en from './en/live-summary';
import { localised } from './text';

const loaders = import.meta.glob(['./*/live-summary.ts', '!./en/live-summary.ts']);

/** `liveSummary` in the page's language (see `./en/live-summary.ts`). */
export const liveSummary = localised(en.liveSummary, loaders, 'liveSummary');
