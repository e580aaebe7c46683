import * as en from './en/kano-files';
import { localised } from './text';

const loaders = import.meta.glob(['./*/kano-files.ts', '!./en/kano-files.ts']);

/** `kanoFiles` in the page's language (see `./en/kano-files.ts`). */
export const kanoFiles = localised(en.kanoFiles, loaders, 'kanoFiles');
