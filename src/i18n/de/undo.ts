import type * as en from '../en/undo';
import type { Translation } from '../types';

/** Strings of the undo line, in German. */
export const undoText: Translation<typeof en.undoText> = {
  undo: 'Rückgängig',
  undone: 'Rückgängig gemacht: Der vorige Stand ist wieder da.',
};
