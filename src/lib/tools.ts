/** Identifiers of the interactive tools; each has a page at /tools/<id>/. */
export const TOOL_IDS = ['spectrum-grid', 'value-quiz', 'kano', 'anxiety-gap'] as const;

/** One of the tool identifiers. */
export type ToolId = (typeof TOOL_IDS)[number];

/** What the site says about a tool in lists and links. */
export interface ToolInfo {
  title: string;
  blurb: string;
  chapter: string;
}

/** Titles, one-line descriptions and home chapters of every tool. */
export const TOOLS: Record<ToolId, ToolInfo> = {
  'spectrum-grid': {
    title: 'Spectrum grid',
    blurb: 'place your offerings on the complexity-by-frequency plane and read what the position implies.',
    chapter: 'spectrum',
  },
  'value-quiz': {
    title: 'Value quiz',
    blurb: 'profile an offering across the four sources of value.',
    chapter: 'four-sources-of-value',
  },
  kano: {
    title: 'Kano classifier',
    blurb: 'classify features from functional and dysfunctional answers, one pair or a whole survey.',
    chapter: 'four-sources-of-value',
  },
  'anxiety-gap': {
    title: 'Anxiety-gap calculator',
    blurb:
      'compare two versions of the wait between purchase and value on the handbook’s anxiety index, with its curve over time and lost revenue weighted by it.',
    chapter: 'anxiety-gap',
  },
};
