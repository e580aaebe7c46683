import type * as en from '../en/tools';
import type { Translation } from '../types';

/** Titel und Kurzbeschreibung jedes Werkzeugs, wie Listen und Verweise sie zeigen. */
export const toolInfo: Translation<typeof en.toolInfo> = {
  'spectrum-grid': {
    title: 'Spektrum-Raster',
    blurb: 'Ihre Angebote auf der Ebene aus Komplexität und Häufigkeit platzieren und lesen, was die Lage bedeutet.',
  },
  'value-quiz': {
    title: 'Wert-Quiz',
    blurb: 'ein Angebot über die vier Quellen des Werts hinweg beschreiben.',
  },
  kano: {
    title: 'Kano-Klassifikator',
    blurb:
      'Merkmale aus funktionalen und dysfunktionalen Antworten einordnen, ein Antwortpaar oder eine ganze Umfrage.',
  },
  'anxiety-gap': {
    title: 'Unsicherheitsrechner',
    blurb:
      'zwei Fassungen der Wartezeit zwischen Kauf und Nutzen auf dem Unsicherheitsindex des Handbuchs vergleichen, mit dem Verlauf über die Zeit und dem danach gewichteten Umsatzverlust.',
  },
};
