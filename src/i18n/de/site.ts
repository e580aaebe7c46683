import type * as en from '../en/site';
import type { Translation } from '../types';

/** Every string of the site's chrome, in German. */
export const site: Translation<typeof en.site> = {
  lang: 'de',
  title: 'CX Spectrum',
  tagline: 'Ein interaktives Handbuch zum Kundenerlebnis jenseits des Marketings',
  homeTitle: 'CX Spectrum: ein Handbuch zum Kundenerlebnis jenseits des Marketings',
  skipLink: 'Zum Inhalt springen',
  navLabel: 'Handbuch',
  menuNavLabel: 'Handbuch-Menü',
  menu: 'Menü',
  home: 'Startseite',
  chaptersHeading: 'Kapitel',
  toolsHeading: 'Werkzeuge',
  allTools: 'Alle Werkzeuge',
  glossary: 'Glossar',
  sources: 'Quellen',
  onThisPage: 'Auf dieser Seite',
  overview: 'Überblick',
  takeaways: 'Das Wichtigste',
  chapterSources: 'Quellen',
  previous: 'Zurück',
  next: 'Weiter',
  pagination: 'Voriges und nächstes Kapitel',
  themeDark: 'Dunkles Design',
  languageNav: 'Sprache',
  languageSwitch: (name: string) => `Diese Seite auf ${name} lesen`,
  search: 'Suche',
  searchShortcut: 'Taste / oder Strg+K',
  searchLabel: 'Im Handbuch suchen',
  searchPlaceholder: 'Kapitel, Werkzeuge und Begriffe durchsuchen',
  searchClose: 'Suche schließen',
  searchLoading: 'Suche wird geladen …',
  searchNone: (q: string) => `Keine Treffer für „${q}“.`,
  searchCount: (n: number, q: string) => `${n} Treffer für „${q}“.`,
  searchUnavailable:
    'Die Suche konnte nicht geladen werden. Laden Sie die Seite neu, und versuchen Sie es noch einmal.',
  searchHint: 'Mit den Pfeiltasten gehen Sie durch die Treffer, mit der Eingabetaste öffnen Sie einen.',
  footer:
    'In eigenen Worten, auf der Grundlage von fünf Essays; wer was geschrieben hat, steht auf der Seite „Quellen“.',
  footerSources: 'Quellen und Zitate',
  notFoundTitle: 'Seite nicht gefunden',
  notFoundLead:
    'Unter dieser Adresse gibt es keine Seite. Vielleicht wurde sie verschoben, oder der Link enthält einen Tippfehler.',
  notFoundTry: 'Versuchen Sie stattdessen eine dieser Seiten:',
  chapterLabel: (n: number) => `Kapitel ${n}`,
  citedBy: 'Zitiert in',
  authorUnknown: 'Autor nicht genannt',
  glossaryExplained: 'Erklärt in',
  ours: { reading: 'Unsere Lesart:', model: 'Das Modell dieses Handbuchs:' },
  modelAnswer: 'Musterlösung',
  tools: {
    'spectrum-grid': {
      title: 'Spektrum-Raster',
      blurb: 'Angebote in die Fläche aus Komplexität und Häufigkeit einordnen und ablesen, was ihre Position bedeutet.',
    },
    'value-quiz': {
      title: 'Wert-Quiz',
      blurb: 'das Wertprofil eines Angebots über die vier Wertquellen ermitteln.',
    },
    kano: {
      title: 'Kano-Klassifikator',
      blurb:
        'Merkmale aus funktionalen und dysfunktionalen Antworten einordnen, für ein Fragenpaar oder eine ganze Umfrage.',
    },
    'anxiety-gap': {
      title: 'Unsicherheitsrechner',
      blurb:
        'zwei Varianten der Wartezeit zwischen Kauf und Wertmoment am Verunsicherungsindex dieses Handbuchs vergleichen, mit dem Verlauf über die Zeit und dem danach gewichteten gefährdeten Umsatz.',
    },
  },
  tryIt: (tool: string) => `Ausprobieren: ${tool}`,
  toolChapter: { before: 'Die Idee dahinter erklärt das Kapitel', after: '.' },
  citeQuote: { open: '„', close: '“' },
};
