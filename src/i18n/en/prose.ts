/**
 * Strings of a chapter's prose aids, in English: its reading time, the glossary terms' popovers and the
 * numbers a reader can change inside a sentence.
 */
export const prose = {
  /**
   * Reading speed for the reading time: our own round figure for study reading, a little below the mean
   * silent reading speed for English that the IReST study measured (Trauzettel-Klosinski and Dietz 2012:
   * 228 words a minute), as the chapters hold figures and tables.
   */
  wordsPerMinute: 200 as number,
  readingTime: (minutes: number) => `${minutes} min read`,
  /** The link in a glossary term's popover. */
  termEntry: 'Glossary entry',
  /** Labels of the numbers a reader can change inside a sentence, by model and number. */
  liveLabels: {
    kano: {
      A: 'Attractive answers',
      O: 'One-dimensional answers',
      M: 'Must-be answers',
      I: 'Indifferent answers',
      R: 'Reverse answers',
      Q: 'Questionable answers',
    },
    anxiety: {
      weeks: 'Weeks to value',
      share: 'Commitment, percent of yearly means',
      complexity: 'Complexity, 0 to 10',
    },
    spectrum: { frequency: 'Frequency, 0 to 10', complexity: 'Complexity, 0 to 10' },
  },
  /** Announced when a reader changes a number: what the sentence now concludes. */
  liveStatus: (results: string) => `Recomputed: ${results}`,
  /** Kano categories as a sentence names them ("The most frequent category is must-be."). */
  kanoCategories: {
    A: 'attractive',
    O: 'one-dimensional',
    M: 'must-be',
    I: 'indifferent',
    R: 'reverse',
    Q: 'questionable',
  },
  /** What the software-licence example concludes for single sign-on, by its category. */
  kanoConclusions: {
    A: 'Single sign-on delights where it is offered but is not missed where it is not: a selling point, not a requirement.',
    O: 'Single sign-on pleases in proportion: the better it works, the happier customers are, so it is worth improving and naming in the pitch.',
    M: 'Single sign-on wins little praise, but its absence costs goodwill: it belongs in the base product, not among the selling points.',
    I: 'Customers hardly care either way: single sign-on need not be a priority.',
    R: 'More customers would rather do without it than want it: offer it only as an option.',
    Q: 'Too many answers contradict themselves: ask again before reading anything into them.',
  },
  /** Bands of the anxiety index as a sentence names them. */
  anxietyBands: { low: 'low', moderate: 'moderate', marked: 'marked', high: 'high', severe: 'severe' },
  /** A region of the spectrum's plane as a sentence names it. */
  regionName: (name: string) => `“${name}”`,
} as const;
