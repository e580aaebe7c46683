/** Every string of the book edition (the print page, the PDF and the EPUB), in English. */
export const book = {
  /** The book page's title and the PDF's and EPUB's title. */
  title: 'CX Spectrum: the handbook as a book',
  description:
    'The whole handbook on one page, laid out in pages for printing: every chapter, the glossary and the sources, with a table of contents.',
  /** The title page. */
  bookTitle: 'CX Spectrum',
  subtitle: 'A handbook on the customer experience beyond marketing',
  edition: 'Print edition',
  contents: 'Contents',
  /** The TOC's page column, for screen readers and the unpaged page. */
  page: 'Page',
  /** "see page 31": before the number that Paged.js adds. */
  seePage: 'see page',
  /** The controls above the unpaged book. */
  controlsLabel: 'Print edition',
  paperSize: 'Paper size',
  a4: 'A4',
  letter: 'US Letter',
  layOut: 'Lay out in pages',
  layingOut: 'Laying out the pages…',
  laidOut: 'The pages are laid out. Use your browser’s Print command to print them or save a PDF.',
  layoutFailed: 'The pages could not be laid out. The book below still prints as one long page.',
  backToBook: 'Back to the continuous book',
  print: 'Print',
  intro:
    'This page holds the whole handbook in reading order. Lay it out in pages to print it, or save it as a PDF from the print dialog. Ready-made files:',
  /** The offline edition's sentence in place of the intro and the layout controls (no Paged.js from disk). */
  offlineIntro:
    'Laying the book out in pages needs the handbook online; from this copy, print the page as it is or read the EPUB:',
  pdf: 'PDF',
  epub: 'EPUB (for e-readers)',
  /** A tool in the book: its static first result, and where the live tool is. */
  toolAt: (title: string) => `${title}, the live tool:`,
  toolStatic: 'The tool as it first opens; change its inputs in the live tool.',
  /** Link to the book from the home page and the chapters list. */
  homeLink: 'The whole handbook as a book: print it, or download the PDF or EPUB',
  navLabel: 'The book (print, PDF, EPUB)',
  /** The EPUB's parts. */
  titlePage: 'Title page',
  /** Running head of the glossary and sources. */
  backMatter: 'Glossary and sources',
} as const;
