/** Strings every tool shares. */
export const toolsCommon = {
  noticesHeading: 'Some values could not be used and were replaced:',
  dismiss: 'Dismiss',
  copyLink: 'Copy link to this result',
  copied: 'Link copied.',
  copyFailed: 'Could not copy; copy the address from the address bar instead.',
  reset: 'Reset',
  formula: 'Formula and assumptions',
} as const;
