import type * as en from '../en/prose';
import type { Translation } from '../types';

/** Strings of a chapter's prose aids, in German: Lesezeit, Glossar-Einblendungen, veränderbare Zahlen im Satz. */
export const prose: Translation<typeof en.prose> = {
  /**
   * Lesetempo für die Lesezeit: unsere eigene runde Zahl, nahe dem mittleren stillen Lesetempo für Deutsch
   * in der IReST-Studie (Trauzettel-Klosinski und Dietz 2012: 179 Wörter pro Minute).
   */
  wordsPerMinute: 180,
  readingTime: (minutes: number) => `${minutes} Min. Lesezeit`,
  termEntry: 'Eintrag im Glossar',
  liveLabels: {
    kano: {
      A: 'Antworten Begeisterungsanforderung',
      O: 'Antworten Leistungsanforderung',
      M: 'Antworten Basisanforderung',
      I: 'Antworten indifferentes Merkmal',
      R: 'Antworten Rückweisungsmerkmal',
      Q: 'Fragwürdige Antworten',
    },
    anxiety: {
      weeks: 'Wochen bis zum Wertmoment',
      share: 'Verpflichtung in Prozent der Jahresmittel',
      complexity: 'Komplexität, 0 bis 10',
    },
    spectrum: { frequency: 'Häufigkeit, 0 bis 10', complexity: 'Komplexität, 0 bis 10' },
  },
  liveStatus: (results: string) => `Neu berechnet: ${results}`,
  kanoCategories: {
    A: 'die Begeisterungsanforderung',
    O: 'die Leistungsanforderung',
    M: 'die Basisanforderung',
    I: 'das indifferente Merkmal',
    R: 'das Rückweisungsmerkmal',
    Q: 'die fragwürdige Antwort',
  },
  kanoConclusions: {
    A: 'Single Sign-on begeistert, wo es angeboten wird, fehlt aber niemandem, wo nicht: ein Verkaufsargument, keine Pflicht.',
    O: 'Single Sign-on erfreut im Verhältnis: Je besser es funktioniert, desto zufriedener sind die Kunden; es lohnt sich, es zu verbessern und im Verkauf zu nennen.',
    M: 'Single Sign-on bringt wenig Lob, sein Fehlen aber kostet Wohlwollen: Es gehört ins Grundprodukt, nicht zu den Verkaufsargumenten.',
    I: 'Den Kunden ist es ziemlich gleich: Single Sign-on muss keine Priorität haben.',
    R: 'Mehr Kunden verzichten lieber darauf, als es zu wollen: Bieten Sie es nur als Option an.',
    Q: 'Zu viele Antworten widersprechen sich selbst: Fragen Sie erneut, bevor Sie etwas daraus lesen.',
  },
  anxietyBands: { low: 'gering', moderate: 'mäßig', marked: 'deutlich', high: 'hoch', severe: 'sehr hoch' },
  regionName: (name: string) => `„${name}“`,
};
