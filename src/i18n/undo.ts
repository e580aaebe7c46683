import * as en from './en/undo';
import { localised } from './text';

const loaders = import.meta.glob(['./*/undo.ts', '!./en/undo.ts']);

/** `undoText` in the page's language (see `./en/undo.ts`). */
export const undoText = localised(en.undoText, loaders, 'undoText');
