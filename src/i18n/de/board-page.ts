import type * as en from '../en/board-page';
import type { Translation } from '../types';

/** Strings only the board page's server writes (its example of a filled board), in German. */
export const boardPageText: Translation<typeof en.boardPageText> = {
  exampleHeading: 'So sieht eine gefüllte Tafel aus',
  exampleNote:
    'Ein Beispiel, nicht Ihre Gruppen: Sobald die Links der Gruppen oben eingefügt sind, zeigt die Tafel jede Gruppe und was sie geschickt hat, so wie hier, und dieses Beispiel verschwindet.',
  exampleLabel: 'Beispiel',
  exampleGroups: ['Team Nord', 'Team Süd'],
  exampleFeatures: ['Eine Woche aussetzen', 'Rezeptkarten'],
};
