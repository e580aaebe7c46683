import type { ToolId } from '../../lib/tools';

/** What the site calls each tool: its title, a one-line blurb, its page description, and its links from the profile. */
export const toolNames = {
  'spectrum-grid': {
    title: 'Spectrum grid',
    blurb: 'place your offerings on the complexity-by-frequency plane and read what the position implies.',
    description:
      'Place your offerings on the complexity-by-frequency plane by dragging, with the keyboard or by typing, compare them with the products the essays name (placed by us), and read what each position suggests in our reading of the essays.',
    open: 'Open in the spectrum grid',
    start: 'Go to the spectrum grid',
  },
  'value-quiz': {
    title: 'Value quiz',
    blurb: 'profile an offering across the four sources of value.',
    description:
      'Answer sixteen statements about one offering and see its profile across the four sources of value: solving a problem, enabling an opportunity, feeling good and looking good.',
    open: 'Open in the value quiz',
    start: 'Go to the value quiz',
  },
  kano: {
    title: 'Kano classifier',
    blurb: 'classify features from functional and dysfunctional answers, one pair or a whole survey.',
    description:
      'Classify a feature with the Kano method from one functional and dysfunctional answer pair, or a whole survey from a CSV file, with category counts, Better and Worse coefficients and a chart.',
    open: 'Open in the Kano classifier',
    start: 'Go to the Kano classifier',
  },
  'anxiety-gap': {
    title: 'Anxiety-gap calculator',
    blurb:
      'compare two versions of the wait between purchase and value on the handbook’s anxiety index, with its curve over time and lost revenue weighted by it.',
    description:
      'Compare two versions of the wait between buying and getting value with the handbook’s anxiety index (our weights, shown in full): the anxiety across the gap, what drives it, and lost revenue weighted by the index.',
    open: 'Open in the anxiety-gap calculator',
    start: 'Go to the anxiety-gap calculator',
  },
} as const satisfies Record<ToolId, { title: string; blurb: string; description: string; open: string; start: string }>;
