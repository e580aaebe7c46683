import type * as en from '../en/offline';
import type { Translation } from '../types';

/** Every string of the offline features (update prompt, offline page, the edition's README), in German. */
export const offline: Translation<typeof en.offline> = {
  /** A path, not words: the same zip for every language. */
  zipPath: '/downloads/cx-spectrum-offline.zip',
  /** A folder name, not words. */
  zipFolder: 'cx-spectrum-offline',
  download: 'Für die Offline-Nutzung herunterladen',
  sizePending: '(ZIP)',
  size: (bytes: string) => `(ZIP, ${bytes})`,
  pageTitle: 'Offline-Nutzung',
  pageDescription:
    'Das Handbuch ohne Netz nutzen: über den Browser installieren oder die Offline-Ausgabe herunterladen und von der Festplatte öffnen.',
  editionNote: 'Sie lesen die Offline-Ausgabe, geöffnet von Ihrer eigenen Festplatte. Sie braucht kein Netz.',
  /** The German README's name in the zip, beside the English README. */
  readmeFile: 'LIESMICH',
  readmeTitle: 'CX Spectrum, Offline-Ausgabe',
  readmeOpen: 'Handbuch öffnen',
  readme: [
    'Dieser Ordner enthält das ganze Handbuch CX Spectrum: alle Kapitel, die Werkzeuge, das Glossar und die Suche.',
    'Öffnen Sie zum Start die Datei de/index.html in diesem Ordner mit einem aktuellen Webbrowser (per Doppelklick oder indem Sie sie in ein Browserfenster ziehen); die englische Ausgabe beginnt mit index.html.',
    'Sie müssen nichts installieren und brauchen kein Netz. Seiten, Werkzeuge, Diagramme und Suche laufen allein aus diesen Dateien.',
    'Was Sie in die Werkzeuge eingeben, bleibt in Ihrem Browser auf diesem Computer und in der Adressleiste; so können Sie ein ausgefülltes Werkzeug als Lesezeichen speichern.',
    'Lassen Sie den Ordner zusammen: Die Seiten finden einander, ihre Stile und ihre Skripte über relative Pfade.',
    'Um ein Kapitel oder das Ergebnis eines Werkzeugs zu drucken, nutzen Sie die Druckfunktion Ihres Browsers; das Handbuch bringt eigene Druckstile mit.',
    'Online gibt es vielleicht eine neuere Version. Laden Sie sie erneut von der Seite „Offline-Nutzung“ des Handbuchs herunter.',
  ],
};

/** The update prompt's strings, apart so that the prompt's code carries only these. */
export const updatePrompt: Translation<typeof en.updatePrompt> = {
  ready: 'Eine neue Version des Handbuchs ist bereit.',
  active: 'In einem anderen Tab wurde eine neue Version des Handbuchs installiert.',
  reload: 'Neu laden und aktualisieren',
  later: 'Nicht jetzt',
};
