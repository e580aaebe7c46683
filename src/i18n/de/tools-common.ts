import type * as en from '../en/tools-common';
import type { Translation } from '../types';

/** Strings every tool shares, in German. */
export const toolsCommon: Translation<typeof en.toolsCommon> = {
  noticesHeading: 'Einige Werte waren unbrauchbar und wurden ersetzt:',
  dismiss: 'Schließen',
  copyLink: 'Link zu diesem Ergebnis kopieren',
  copied: 'Link kopiert.',
  copyFailed: 'Kopieren nicht möglich; kopieren Sie stattdessen die Adresse aus der Adressleiste.',
  reset: 'Zurücksetzen',
  formula: 'Formel und Annahmen',
  // The same words as `undoText` (src/i18n/en/undo.ts) in German.
  undo: 'Rückgängig',
  undone: 'Rückgängig gemacht: Der vorige Stand ist wieder da.',
  resetDone: 'Auf die Startwerte zurückgesetzt.',
  surveyCleared: 'Befragung geleert.',
  surveyReplaced: 'Die bisherige Befragung wurde ersetzt.',
  saved: {
    saved: 'In diesem Browser gespeichert',
    notSaved: 'Nicht gespeichert',
    shared: 'Nicht gespeichert (geteilte Kopie)',
  },
  shared: {
    heading: 'Sie sehen ein geteiltes Ergebnis.',
    body: 'Ihre eigene gespeicherte Arbeit bleibt unberührt. Diese Kopie können Sie frei ändern; sie überschreibt Ihre Arbeit nicht.',
    keep: 'Als meine Arbeit übernehmen',
    back: 'Zurück zu meiner Arbeit',
    kept: 'Das geteilte Ergebnis gehört jetzt Ihnen; Ihr vorheriger Stand lässt sich zurückholen.',
    backDone: 'Zurück bei Ihrer eigenen Arbeit; die geteilte Kopie lässt sich zurückholen.',
  },
  storage: {
    unavailable:
      'Dieser Browser lässt das Handbuch nicht speichern; Ihre Arbeit bleibt nur auf dieser Seite. Sichern Sie sie, indem Sie den Link kopieren oder exportieren.',
    full: 'Der Speicher dieses Browsers ist voll; Ihre letzten Änderungen sind nicht gespeichert. Sichern Sie sie, indem Sie den Link kopieren oder exportieren.',
    fromAddress:
      'Was Sie sehen, stammt aus der Adresse der Seite; sie hat Ihre letzten Änderungen bewahrt, als dieser Browser sie nicht speichern konnte.',
    addressDamaged:
      'Die Adresse dieser Seite enthält ein gepacktes Ergebnis, das sich nicht lesen ließ (vielleicht wurde es unterwegs gekürzt); es wird nicht gezeigt, Sie sehen Ihre eigene Arbeit. Lassen Sie sich den Link noch einmal schicken.',
    addressFull:
      'Der Speicher dieses Browsers ist voll; Ihre letzten Änderungen sind darin nicht gespeichert. Die Adresse der Seite enthält sie noch: Kopieren Sie sie, um sie zu sichern.',
    addressBlocked:
      'Dieser Browser lässt das Handbuch nicht speichern; Ihre letzten Änderungen sind darin nicht gespeichert. Die Adresse der Seite enthält sie noch: Kopieren Sie sie, um sie zu sichern.',
    addressTooLarge:
      'Das ist zu groß, um es in diesem Browser zu behalten; Ihre letzten Änderungen sind darin nicht gespeichert. Die Adresse der Seite enthält sie noch: Kopieren Sie sie, um sie zu sichern.',
    unreadable:
      'Ein Teil der in diesem Browser gespeicherten Arbeit ist unlesbar; er wird beiseitegelegt, nicht gelöscht, bis Sie entscheiden.',
    download: 'Unlesbare Daten herunterladen',
    discard: 'Löschen',
    discarded: 'Die unlesbaren Daten wurden gelöscht.',
  },
  elsewhere: (n: number) =>
    n === 1
      ? 'Ein Wert, den Sie geändert haben, wurde auch in einem anderen Tab geändert; die spätere Änderung wird angezeigt.'
      : `${n} Werte, die Sie geändert haben, wurden auch in einem anderen Tab geändert; die späteren Änderungen werden angezeigt.`,
  /** Offered with an undo when another tab's later edit replaced one made here. */
  ownKept: 'Ihre eigene Änderung ist aufbewahrt: Rückgängig setzt sie wieder an die Stelle der aus dem anderen Tab.',
  ownBack: 'Ihre Änderung ist wieder da.',
};
