import * as en from './en/board';
import { localised } from './text';

const loaders = import.meta.glob(['./*/board.ts', '!./en/board.ts']);

/** `boardText` in the page's language (see `./en/board.ts`). */
export const boardText = localised(en.boardText, loaders, 'boardText');
