import type * as en from '../en/book';
import type { Translation } from '../types';

/** Every string of the book edition (the print page, the PDF and the EPUB), in German. */
export const book: Translation<typeof en.book> = {
  title: 'CX Spectrum: das Handbuch als Buch',
  description:
    'Das ganze Handbuch auf einer Seite, zum Drucken in Seiten gesetzt: alle Kapitel, das Glossar und die Quellen, mit Inhaltsverzeichnis.',
  bookTitle: 'CX Spectrum',
  subtitle: 'Ein Handbuch über das Kundenerlebnis jenseits des Marketings',
  edition: 'Druckausgabe',
  contents: 'Inhalt',
  page: 'Seite',
  seePage: 'siehe Seite',
  controlsLabel: 'Druckausgabe',
  paperSize: 'Papierformat',
  a4: 'A4',
  letter: 'US Letter',
  layOut: 'In Seiten setzen',
  layingOut: 'Die Seiten werden gesetzt …',
  laidOut: 'Die Seiten sind gesetzt. Mit dem Druckbefehl des Browsers drucken Sie sie oder speichern ein PDF.',
  layoutFailed: 'Die Seiten ließen sich nicht setzen. Das Buch unten lässt sich weiter als eine lange Seite drucken.',
  backToBook: 'Zurück zum fortlaufenden Buch',
  print: 'Drucken',
  intro:
    'Diese Seite enthält das ganze Handbuch in Lesereihenfolge. Setzen Sie es in Seiten, um es zu drucken oder im Druckdialog als PDF zu speichern. Fertige Dateien:',
  offlineIntro:
    'Um das Buch in Seiten zu setzen, brauchen Sie das Handbuch online; aus dieser Kopie drucken Sie die Seite, wie sie ist, oder lesen das EPUB:',
  pdf: 'PDF',
  epub: 'EPUB (für E-Reader)',
  toolAt: (title: string) => `${title}, das Werkzeug zum Ausprobieren:`,
  toolStatic: 'Das Werkzeug, wie es sich zuerst öffnet; seine Eingaben ändern Sie im Werkzeug selbst.',
  homeLink: 'Das ganze Handbuch als Buch: drucken oder als PDF oder EPUB herunterladen',
  navLabel: 'Das Buch (Druck, PDF, EPUB)',
  titlePage: 'Titelseite',
  backMatter: 'Glossar und Quellen',
};
