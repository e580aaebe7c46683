/** Strings of the undo line, apart from the tools' so that small pages (the answering page) load only these. */
export const undoText = {
  undo: 'Undo',
  undone: 'Undone: what was there is back.',
} as const;
