/**
 * Strings for trainers: the heading copy-link control, the embed and presentation views, the sharing
 * block on every tool page, the ready-made example offerings and the trainers page. Each group is its
 * own export, so a script that needs one group does not carry the others.
 */

/** The heading copy-link control (loaded on demand). */
export const headingLinks = {
  copied: 'Link copied.',
  failed: 'Could not copy the link; the address bar now shows it.',
} as const;

/** The chrome-less embed view, its presentation mode, and the sharing block on a tool page. */
export const embedText = {
  description: (tool: string) =>
    `The ${tool} from the CX Spectrum handbook on its own, for a frame in another page or for a projector.`,
  openFull: 'Open in the handbook',
  readChapter: (title: string) => `Read the chapter: ${title}`,
  exitPresentation: 'Exit presentation',
  presentingLabel: 'Presentation view',
  shareLabel: 'Share this tool',
  present: 'Present on a projector',
  presentHint: 'Shows the tool alone, in large type and high contrast, with what you have entered.',
  embedJump: 'Embed it in another page',
  embedHeading: 'Embed this tool',
  embedIntro:
    'Paste this code into a course page, a learning platform or any page that accepts HTML. The frame shows the tool without the handbook around it, filled in with what you have entered here, and the code follows your changes.',
  embedLabel: 'Embed code (HTML)',
  copyEmbed: 'Copy embed code',
  embedCopied: 'Embed code copied.',
  embedCopyFailed: 'Could not copy; the code is selected, so copy it with your keyboard.',
  frameTitle: (tool: string) => `${tool}, from the CX Spectrum handbook`,
} as const;

/** The words of one ready-made example offering: its name in every tool and one feature for the Kano tool. */
export interface PresetWords {
  title: string;
  summary: string;
  offering: string;
  feature: string;
}

/** The three ready-made example offerings a trainer can hand out. */
export const presetText = {
  'meal-kit': {
    title: 'Meal-kit subscription',
    summary:
      'A weekly box of recipes and measured ingredients. Met every week, simple to buy, but it asks people to change how they plan and cook.',
    offering: 'Meal-kit subscription',
    feature: 'Swap any recipe until two days before delivery',
  },
  mortgage: {
    title: 'Mortgage',
    summary:
      'A first-home loan. Bought once or twice in a lifetime, full of decisions, with weeks between the offer and the keys.',
    offering: 'First-home mortgage',
    feature: 'A decision in principle within one working day',
  },
  'running-shoes': {
    title: 'Running shoes',
    summary:
      'A pair of road-running shoes. Bought about once a year, yet worn and seen every week, and easy to choose with a little help.',
    offering: 'Running shoes',
    feature: 'Free returns after a first run outdoors',
  },
} as const satisfies Record<string, PresetWords>;

/** Labels of the trainers page. */
export const trainersText = {
  nav: 'For trainers',
  title: 'For trainers',
  description:
    'Run a 60 to 90 minute workshop with the handbook: an agenda, which links to share when, ready-made examples, a Kano survey with the group, and a room without internet.',
  /** Hidden words that finish a preset link's name for a screen reader, e.g. "Kano classifier for the example “Mortgage”". */
  forExample: (title: string) => ` for the example “${title}”`,
  present: 'present',
  presentHidden: (tool: string, title: string) => ` the ${tool} for the example “${title}”`,
  presetTools: (title: string) => `${title}, in every tool`,
  linksCaption: 'Which links to share, and when',
  linksHead: { when: 'When', share: 'Share', why: 'Why' },
  surveyMode: 'Open the Kano classifier on its survey view',
  template: 'Download the Kano template (CSV)',
  sectionLink: (text: string) => `Link to section: ${text}`,
} as const;
