/** Every string of the site's chrome, in English. A translation copies this file. */
export const site = {
  lang: 'en',
  title: 'CX Spectrum',
  tagline: 'An interactive handbook on the customer experience beyond marketing',
  /** The home page's title: at most 70 characters, where search results cut titles. */
  homeTitle: 'CX Spectrum: a handbook on the customer experience beyond marketing',
  skipLink: 'Skip to content',
  navLabel: 'Handbook',
  /** The same navigation in the small-screen menu; landmarks need names of their own. */
  menuNavLabel: 'Handbook menu',
  menu: 'Menu',
  home: 'Home',
  chaptersHeading: 'Chapters',
  toolsHeading: 'Tools',
  allTools: 'All tools',
  glossary: 'Glossary',
  sources: 'Sources',
  onThisPage: 'On this page',
  overview: 'Overview',
  takeaways: 'Key takeaways',
  chapterSources: 'Sources',
  previous: 'Previous',
  next: 'Next',
  pagination: 'Chapters, previous and next',
  themeDark: 'Dark theme',
  /** Names the language switcher; each language is shown by its own name, in its own language. */
  languageNav: 'Language',
  languageSwitch: (name: string) => `Read this page in ${name}`,
  search: 'Search',
  searchShortcut: 'Press / or Ctrl+K',
  searchLabel: 'Search the handbook',
  searchPlaceholder: 'Search chapters, tools and terms',
  searchClose: 'Close search',
  searchLoading: 'Loading search…',
  searchNone: (q: string) => `No results for “${q}”.`,
  searchCount: (n: number, q: string) => `${n} ${n === 1 ? 'result' : 'results'} for “${q}”.`,
  searchUnavailable: 'Search could not load. Reload the page and try again.',
  searchHint: 'Use the arrow keys to move through results and Enter to open one.',
  footer: 'Our own words, built on five essays; see the sources page for who wrote what.',
  footerSources: 'Sources and citations',
  notFoundTitle: 'Page not found',
  notFoundLead: 'There is no page at this address. It may have moved, or the link may be mistyped.',
  notFoundTry: 'Try one of these instead:',
  chapterLabel: (n: number) => `Chapter ${n}`,
  citedBy: 'Cited in',
  authorUnknown: 'Author not named',
  glossaryExplained: 'Explained in',
  /** Lead-ins that mark the handbook's own views, the same in chapters, tools and glossary. */
  ours: { reading: 'Our reading:', model: 'The handbook’s model:' },
  modelAnswer: 'Model answer',
  /** Each tool's name and what it does, in lists and links; ids and home chapters are in src/lib/tools.ts. */
  tools: {
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
  },
  /** Names a chapter's block that shows or links to a tool. */
  tryIt: (tool: string) => `Try it: ${tool}`,
  /** A tool page's lead ends with its chapter: the words before and after the chapter's linked title. */
  toolChapter: { before: 'The chapter', after: ' explains the idea behind it.' },
  /** Quotation marks around the title of a cited work. */
  citeQuote: { open: '“', close: '”' },
} as const;
