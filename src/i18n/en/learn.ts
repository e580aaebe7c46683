/**
 * Strings of the questions in the chapters, the review page and the reading marks. Strings with `{n}`
 * are filled in by the page script, which loads no string tables (src/client/progress.ts).
 */
export const learnText = {
  kicker: 'Check yourself',
  predictKicker: 'Predict, then try it',
  check: 'Check my answer',
  right: 'Right.',
  wrong: 'Not quite.',
  chooseFirst: 'Choose an answer first.',
  numberFirst: (example: string) => `Type a number, such as ${example}.`,
  notANumber: (example: string) => `That is not a number the page can read; type it like ${example}.`,
  rightAnswer: (value: string) => `The answer is ${value}.`,
  readPassage: 'Read the passage',
  allAnswers: 'All answers explained',
  openTool: (tool: string) => `Open the ${tool} with this case`,
  /** How the card of an answered question was kept. */
  kept: (days: number) => `Kept for review: it comes back in ${days === 1 ? '1 day' : `${days} days`}.`,
  notKept: {
    full: 'Not kept for review: this browser’s storage is full.',
    blocked: 'Not kept for review: this browser does not let the page save.',
    'too-large': 'Not kept for review: the saved cards have grown too large.',
    unreadable: 'Not kept for review: the saved cards could not be read, so they were left as they were.',
  },
  reviewNav: 'Review',
  /** Marks the page script adds; `{n}` is a number, `{m}` the chapter's number of questions. */
  marks: {
    read: 'read',
    answered: '{n} of {m} answered',
    due: '{n} due',
    dueOne: '1 question due',
    dueMany: '{n} questions due',
    continue: 'Continue where you stopped: {title}',
  },
  review: {
    title: 'Review',
    description: 'The questions you answered in the chapters come back here when they are due, one at a time.',
    lead: 'Every question you answer in a chapter becomes a card. A card comes back after a few days, and later the better you know it. Cards stay in this browser; nothing leaves the device.',
    noScript: 'Review needs JavaScript. Your cards are kept in this browser and wait for you.',
    dueCount: 'Due now: {n}',
    none: 'Nothing is due now. Answer questions in the chapters, or come back later.',
    noneYet: 'You have no cards yet: answer a question in any chapter and it will come back here.',
    nextDue: 'The next card is due on {date}.',
    fromChapter: 'From the chapter',
    next: 'Next question',
    done: 'That was the last card due now. Well done.',
    total: 'Cards kept in this browser: {n}',
    remove: 'Remove all my cards',
    removed: 'All cards were removed from this browser.',
    storageWarning: 'This browser does not let the page save; answers count only until you leave.',
    otherTab: 'Another tab changed your cards; this page now shows them.',
  },
} as const;
