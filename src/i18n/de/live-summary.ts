import type * as en from '../en/live-summary';
import type { Translation } from '../types';

/** Strings of the compact live summary and of the results region, in German. */
export const liveSummary: Translation<typeof en.liveSummary> = {
  seeResults: 'Alle Ergebnisse',
  resultsRegion: 'Ergebnisse',
  anxiety: (today: string, todayBand: string, changed: string, changedBand: string) =>
    `Verunsicherungsindex: heute ${today} (${todayBand}), mit Änderungen ${changed} (${changedBand})`,
  quizLeading: (sources: string, score: number) => `Stärkste Wertquelle: ${sources} (${score} von 100)`,
  quizPending: (answered: number, total: number) =>
    `${answered} von ${total} beantwortet; das Profil braucht zwei Antworten je Wertquelle`,
  kanoVerdict: (category: string) => `Kano-Kategorie: ${category}`,
  kanoPending: 'Kano-Kategorie: Beantworten Sie beide Fragen',
  printAddress: 'Dieses Ergebnis online:',
  printEmbedded: (tool: string) => `${tool}, online unter`,
};
