import type * as en from '../en/tool-names';
import type { Translation } from '../types';

/** What the site calls each tool in lists and links, in German. */
export const toolNames: Translation<typeof en.toolNames> = {
  'spectrum-grid': {
    title: 'Spektrum-Raster',
    blurb: 'Ordnen Sie Ihre Angebote nach Komplexität und Häufigkeit ein und lesen Sie, was die Lage bedeutet.',
  },
  'value-quiz': {
    title: 'Wert-Quiz',
    blurb: 'Erstellen Sie das Wertprofil eines Angebots über die vier Wertquellen.',
  },
  kano: {
    title: 'Kano-Klassifikator',
    blurb:
      'Ordnen Sie Merkmale aus funktionalen und dysfunktionalen Antworten ein, ein Paar oder eine ganze Befragung.',
  },
  'anxiety-gap': {
    title: 'Unsicherheitsrechner',
    blurb:
      'Vergleichen Sie zwei Fassungen der Wartezeit zwischen Kauf und Wertmoment mit dem Verunsicherungsindex des Handbuchs, samt Verlauf über die Zeit und dem damit gewichteten gefährdeten Umsatz.',
  },
};
