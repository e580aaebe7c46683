import * as en from './en/anxiety-gap';
import { localised } from './text';

const loaders = import.meta.glob(['./*/anxiety-gap.ts', '!./en/anxiety-gap.ts']);

/** `anxietyGap` in the page's language (see `./en/anxiety-gap.ts`). */
export const anxietyGap = localised(en.anxietyGap, loaders, 'anxietyGap');
