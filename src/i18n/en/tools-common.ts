import { undoText } from './undo';

/** Strings every tool shares. */
export const toolsCommon = {
  noticesHeading: 'Some values could not be used and were replaced:',
  dismiss: 'Dismiss',
  copyLink: 'Copy link to this result',
  copied: 'Link copied.',
  copyFailed: 'Could not copy; copy the address from the address bar instead.',
  reset: 'Reset',
  formula: 'Formula and assumptions',
  undo: undoText.undo,
  undone: undoText.undone,
  resetDone: 'Reset to the starting values.',
  surveyCleared: 'Survey cleared.',
  surveyReplaced: 'The survey that was here was replaced.',
  saved: {
    saved: 'Saved in this browser',
    notSaved: 'Not saved',
    shared: 'Not saved (shared copy)',
  },
  shared: {
    heading: 'You are looking at a shared result.',
    body: 'Your own saved work is untouched. You can change this copy freely; it is not saved over your work.',
    keep: 'Keep this as mine',
    back: 'Back to my own',
    kept: 'The shared result is now your own; what you had before can be brought back.',
    backDone: 'Back to your own work; the shared copy can be brought back.',
  },
  storage: {
    unavailable:
      'This browser is not letting the handbook save, so your work stays only on this page: use Copy link or Export to keep it.',
    full: 'This browser’s storage is full, so your latest changes are not saved: use Copy link or Export to keep them.',
    fromAddress:
      'What is shown came from the page’s address, which kept your latest changes when this browser could not save them.',
    addressDamaged:
      'This page’s address holds a packed result that could not be read (it may have been cut short on its way to you), so it is not shown: what you see is your own work. Ask for the link again.',
    addressFull:
      'This browser’s storage is full, so your latest changes are not saved in it; the page’s address still holds them: copy it to keep them.',
    addressBlocked:
      'This browser is not letting the handbook save, so your latest changes are not saved in it; the page’s address still holds them: copy it to keep them.',
    addressTooLarge:
      'This is too large to keep in this browser, so your latest changes are not saved in it; the page’s address still holds them: copy it to keep them.',
    unreadable: 'Some work saved in this browser could not be read; it is kept aside, not deleted, until you choose.',
    download: 'Download the unreadable data',
    discard: 'Delete it',
    discarded: 'The unreadable data was deleted.',
  },
  elsewhere: (n: number) =>
    n === 1
      ? 'A value you changed was also changed in another tab; the later edit is shown.'
      : `${n} values you changed were also changed in another tab; the later edits are shown.`,
  /** Offered with an undo when another tab's later edit replaced one made here. */
  ownKept: 'Your own edit there is kept: Undo puts it back in place of the other tab’s.',
  ownBack: 'Your edit is back.',
} as const;
