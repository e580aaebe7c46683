import * as en from './en/kano';
import { localised } from './text';

const loaders = import.meta.glob(['./*/kano.ts', '!./en/kano.ts']);

/** `kanoText` in the page's language (see `./en/kano.ts`). */
export const kanoText = localised(en.kanoText, loaders, 'kanoText');
