/** Strings of the compact live summary shown under a tool's inputs on narrow screens, and of the results region. */
export const liveSummary = {
  seeResults: 'Full results',
  resultsRegion: 'Results',
  anxiety: (today: string, todayBand: string, changed: string, changedBand: string) =>
    `Anxiety index: today ${today} (${todayBand}), with changes ${changed} (${changedBand})`,
  quizLeading: (sources: string, score: number) => `Leading source: ${sources} (${score} of 100)`,
  quizPending: (answered: number, total: number) =>
    `${answered} of ${total} answered; the profile needs two per source`,
  kanoVerdict: (category: string) => `Kano verdict: ${category}`,
  kanoPending: 'Kano verdict: answer both questions',
  /** Print: the line that names the address of the printed state. */
  printAddress: 'This result online:',
  /** Print: a chapter's embedded tool, as one line. */
  printEmbedded: (tool: string) => `${tool}, online at`,
} as const;
