/** Every string of the offline features (update prompt, offline page, the edition's README), in English. */
export const offline = {
  /** Where the offline edition is published, from the site root; the build writes the zip there. */
  zipPath: '/downloads/cx-spectrum-offline.zip',
  /** The folder the zip unpacks into. */
  zipFolder: 'cx-spectrum-offline',
  download: 'Download for offline use',
  /** Shown in place of the size until the build has measured the zip. */
  sizePending: '(zip)',
  size: (bytes: string) => `(zip, ${bytes})`,
  pageTitle: 'Offline use',
  pageDescription:
    'Use the handbook with no network: install it from your browser, or download the offline edition and open it from disk.',
  editionNote: 'You are reading the offline edition, opened from your own disk. It needs no network.',
  /** The name of this language's README in the zip (with .html and .txt), beside the others'. */
  readmeFile: 'README',
  readmeTitle: 'CX Spectrum, offline edition',
  readmeOpen: 'Open the handbook',
  readme: [
    'This folder holds the whole CX Spectrum handbook: every chapter, the tools, the glossary and search.',
    'To start, open index.html in this folder with any current web browser (double-click it, or drag it onto a browser window).',
    'Nothing needs installing and nothing needs a network. The pages, tools, charts and search all run from these files.',
    'What you enter in the tools stays in your browser on this computer, and in the address bar, so you can bookmark a filled-in tool.',
    'Keep the folder together: the pages find each other, their styles and their scripts by relative paths.',
    'To print a chapter or a tool’s result, use your browser’s Print command; the handbook has print styles.',
    'A newer version may be online. Download it again from the handbook’s page “Offline use”.',
  ],
} as const;

/** The update prompt's strings, apart so that the prompt's code carries only these. */
export const updatePrompt = {
  ready: 'A new version of the handbook is ready.',
  active: 'A new version of the handbook was installed in another tab.',
  reload: 'Reload to update',
  later: 'Not now',
} as const;
