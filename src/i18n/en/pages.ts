/**
 * The prose of the handbook's own pages (home, tools list, sources, glossary, offline use) and the
 * descriptions of the tool pages. Strings marked "HTML" are our own markup, rendered with set:html;
 * they never hold anything a reader typed.
 */

/** The home page. */
export const homeText = {
  description:
    'Learn the customer-experience spectrum, the four sources of value and the anxiety gap, and apply them to your own offering with interactive tools.',
  lead: 'Likes and clicks measure attention, not experience. This handbook teaches one framework for thinking about what customers actually live through: how often they meet an offering and how complex it is, where its value comes from, and the anxious stretch between paying and getting that value. Then it hands you tools to try each idea on your own product or service.',
  startReading: (title: string) => `Start reading: ${title}`,
  frameworkHeading: 'The framework in four ideas',
  framework: [
    {
      name: 'The spectrum.',
      text: 'Offerings differ in complexity (how many decisions and how much change it takes to get the value) and in frequency (how often customers meet them, buying or simply seeing them).',
    },
    {
      name: 'Four sources of value.',
      text: 'Solving a problem, enabling an opportunity, feeling good and looking good, and how the mix shifts as frequency grows.',
    },
    {
      name: 'The anxiety gap.',
      text: 'The time and the size of the step between deciding to buy and realising the value, where doubt and churn grow.',
    },
    {
      name: 'Who owns the conversation.',
      text: 'Why social media is dialogue, and why support, product and operations often serve social customers better than marketing.',
    },
  ],
  chaptersHeading: 'Chapters',
  toolsHeading: 'Tools',
} as const;

/** The list of tools. */
export const toolsPageText = {
  description:
    'Interactive tools that apply the framework to your own offering: the spectrum grid, the value quiz, the Kano classifier and the anxiety-gap calculator.',
  intro:
    "Each tool applies one chapter to your own offering. Everything you enter stays in your browser and in the page's address, so you can share a filled-in tool as a link.",
} as const;

/** The sources page. */
export const sourcesText = {
  description: 'Every work the handbook cites, with the chapters that cite it.',
  intro:
    'The handbook is written in our own words. Its framework comes from five essays; the Kano model and other facts come from the works below. Each entry lists the chapters that cite it.',
} as const;

/** The glossary page. */
export const glossaryText = {
  description: 'Every term the handbook uses, defined in plain words, with the chapter that explains it.',
  intro: 'Every term the handbook uses, in plain words. Each links to the chapter that explains it.',
} as const;

/** The offline-use page; its headings' ids are fixed in the page, since other pages link to them. */
export const offlinePageText = {
  intro:
    'The handbook does not need a network once you have it. Everything it shows, from the chapters to the tools, their charts and the search, runs in your browser from files it already holds. There are two ways to take it with you.',
  installHeading: 'Install it from your browser',
  install:
    'Open any page of the handbook once while you are online. Your browser then keeps a copy of every page, every tool and the search index in the background, and from then on the handbook opens without a connection, at the same address, including any tool link a trainer shared with you.',
  /** HTML. */
  installWays: [
    'In Chrome, Edge and other Chromium browsers, choose <strong>Install</strong> from the address bar or the menu to give the handbook its own window and icon.',
    "On a phone, use <strong>Add to Home Screen</strong> from the browser's menu or share sheet.",
    "Browsers that do not install web apps still keep the offline copy for the site's address.",
  ],
  updates:
    'When we publish a new version, a short note at the bottom of the page offers to reload. Nothing changes until you choose to, so a page never mixes old and new parts halfway through a session.',
  downloadHeading: 'Download the offline edition',
  download:
    'For a training room without internet, a flight, or a computer that cannot install anything, download the handbook as one zip file. It works opened straight from the disk or a USB stick: no server, no installation, no network.',
  /** HTML; `folder` is the folder the zip unpacks into. */
  downloadSteps: (folder: string) => [
    'Download the zip and extract it (on most computers: right-click, then Extract All or Open).',
    `Open the folder it creates, <code>${folder}</code>.`,
    'Open <code>index.html</code> in a web browser, by double-clicking it or dragging it onto a browser window.',
  ],
  /** HTML. */
  edition:
    'Every chapter, tool, chart and the search work in the edition as they do here. Links between pages stay inside the folder, so keep its files together. A <code>README</code> file in the folder repeats these steps.',
  privacyHeading: 'What stays on your device',
  privacy:
    "Whatever you enter in a tool stays in your browser, on your computer, and in the page's address, so you can bookmark a filled-in tool. Nothing is sent anywhere: the handbook loads nothing from any other site, online or off.",
  trainersHeading: 'For trainers',
  /** HTML. */
  trainers: [
    'Copy the zip to a USB stick or a shared drive before the session; each participant extracts it and opens <code>index.html</code>.',
    "A tool's <strong>Copy link</strong> in the offline edition copies an address on that computer's disk. To share a filled-in tool with a group, copy the link from the online handbook instead.",
    'The edition is a snapshot. Download it again before a course to get the latest version.',
  ],
} as const;
