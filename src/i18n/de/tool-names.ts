import type * as en from '../en/tool-names';
import type { Translation } from '../types';

/** What the site calls each tool in lists and links, in German. */
export const toolNames: Translation<typeof en.toolNames> = {
  'spectrum-grid': {
    title: 'Spektrum-Raster',
    blurb: 'Ordnen Sie Ihre Angebote nach Komplexität und Häufigkeit ein und lesen Sie, was die Lage bedeutet.',
    description:
      'Ordnen Sie Ihre Angebote nach Komplexität und Häufigkeit ein – per Ziehen, Tastatur oder Eingabe –, vergleichen Sie sie mit den Produkten aus den Essays (von uns platziert) und lesen Sie, was jede Lage nach unserer Lesart der Essays nahelegt.',
    open: 'Im Spektrum-Raster öffnen',
    start: 'Zum Spektrum-Raster',
  },
  'value-quiz': {
    title: 'Wert-Quiz',
    blurb: 'Erstellen Sie das Wertprofil eines Angebots über die vier Wertquellen.',
    description:
      'Bewerten Sie sechzehn Aussagen über ein Angebot und sehen Sie sein Wertprofil über die vier Wertquellen: ein Problem lösen, eine Chance eröffnen, sich gut fühlen und gut dastehen.',
    open: 'Im Wert-Quiz öffnen',
    start: 'Zum Wert-Quiz',
  },
  kano: {
    title: 'Kano-Klassifikator',
    blurb:
      'Ordnen Sie Merkmale aus funktionalen und dysfunktionalen Antworten ein, ein Paar oder eine ganze Befragung.',
    description:
      'Ordnen Sie ein Merkmal nach dem Kano-Modell ein, aus einem Paar funktionaler und dysfunktionaler Antworten oder aus einer ganzen Befragung als CSV-Datei, mit Kategorienzählung, Better- und Worse-Koeffizient und Diagramm.',
    open: 'Im Kano-Klassifikator öffnen',
    start: 'Zum Kano-Klassifikator',
  },
  'anxiety-gap': {
    title: 'Unsicherheitsrechner',
    blurb:
      'Vergleichen Sie zwei Fassungen der Wartezeit zwischen Kauf und Wertmoment mit dem Verunsicherungsindex des Handbuchs, samt Verlauf über die Zeit und dem damit gewichteten gefährdeten Umsatz.',
    description:
      'Vergleichen Sie zwei Fassungen der Wartezeit zwischen Kauf und Wertmoment mit dem Verunsicherungsindex des Handbuchs (unsere Gewichte, vollständig offengelegt): die Verunsicherung über die Lücke hinweg, ihre Treiber und der damit gewichtete gefährdete Umsatz.',
    open: 'Im Unsicherheitsrechner öffnen',
    start: 'Zum Unsicherheitsrechner',
  },
};
