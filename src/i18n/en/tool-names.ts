import type { ToolId } from '../../lib/tools';

/** What the site calls each tool in lists and links: its title and a one-line description. */
export const toolNames = {
  'spectrum-grid': {
    title: 'Spectrum grid',
    blurb: 'place your offerings on the complexity-by-frequency plane and read what the position implies.',
  },
  'value-quiz': {
    title: 'Value quiz',
    blurb: 'profile an offering across the four sources of value.',
  },
  kano: {
    title: 'Kano classifier',
    blurb: 'classify features from functional and dysfunctional answers, one pair or a whole survey.',
  },
  'anxiety-gap': {
    title: 'Anxiety-gap calculator',
    blurb:
      'compare two versions of the wait between purchase and value on the handbook’s anxiety index, with its curve over time and lost revenue weighted by it.',
  },
} as const satisfies Record<ToolId, { title: string; blurb: string }>;
