/** Every string of the offering profile (/profile/), in English. */
import { quote } from '../../lib/state/fields';

/** The tools a profile gathers, in the order the page shows them. */
type ProfileTool = 'spectrum-grid' | 'value-quiz' | 'kano' | 'anxiety-gap';
/** The four questions, by id. */
type QuestionId = 'frequency' | 'complexity' | 'value' | 'realise';

const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} KB`;
const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

export const profileText = {
  navLabel: 'Offering profile',
  blurb: 'gather what every tool says about one offering, answer the four questions, compare, print a handout.',
  title: 'Offering profile',
  description:
    'Gather what you entered in every tool for one offering, answer the four questions in your own words, compare offerings, print a one-page handout, and save it all as a file.',
  lead: 'One page for one offering: your answers to the four questions, and what the spectrum grid, the value quiz, the Kano classifier and the anxiety-gap calculator say about it. Keep up to three offerings and compare them.',
  privacy: 'Everything stays in this browser until you export it as a file.',
  islandLabel: 'Offering profile',

  offerings: {
    legend: 'Offering shown',
    unnamed: (n: number) => `Offering ${n}`,
    nameLabel: 'Name of the offering',
    nameHint: 'For example “meal-kit subscription”. The same name finds the offering on the spectrum grid.',
    add: 'Add an offering',
    max: (n: number) => `A profile holds up to ${n} offerings.`,
    remove: 'Remove this offering',
    clear: 'Clear this offering',
    added: (name: string) => `${name} added and shown.`,
    removed: (name: string) => `${name} removed.`,
    cleared: (name: string) => `${name} cleared.`,
    undo: 'Undo',
    restored: (name: string) => `${name} put back.`,
  },

  take: {
    heading: 'Take from the tools',
    intro:
      'Copies what each tool has saved in this browser into the offering shown. Tools you have not used, and tools you untick, are left as they are.',
    legend: 'Tools to take from',
    button: 'Take from the tools',
    taken: (tools: string) => `Taken from ${tools}.`,
    nothing: (tools: string) => `Nothing saved yet in ${tools}.`,
    noneChosen: 'Tick at least one tool to take from.',
    gridMatched: (name: string) => `On the spectrum grid, used the offering named ${quote(name)}.`,
    gridOther: (name: string, grid: string) =>
      `The spectrum grid has no offering named ${quote(name)}; used the one selected there, ${quote(grid)}.`,
    gridSelected: (grid: string) => `On the spectrum grid, used the offering selected there, ${quote(grid)}.`,
    named: (name: string) => `Named the offering ${quote(name)}, as in the tools.`,
    list: (items: readonly string[]) =>
      items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
  },

  questions: {
    heading: 'Four questions',
    intro:
      'McDonald (Part 2, 2012) closes his essay on the spectrum with four questions for any offering. Answer them in your own words; the tools below give you the evidence.',
    count: (used: number, max: number) => `${used} of ${max} characters`,
    labels: {
      frequency: 'How often do customers meet it?',
      complexity: 'How complex is it?',
      value: 'How does it create value for customers?',
      realise: 'How do customers realise that value?',
    } satisfies Record<QuestionId, string>,
    hints: {
      frequency: 'Count both buying it and seeing it in daily life: several times a day, weekly, once in ten years.',
      complexity: 'How many decisions, and how much change of habit, stand between buying it and getting its value.',
      value: 'Which sources carry it: solving a problem, enabling an opportunity, feeling good, looking good.',
      realise: 'When and how the value arrives, what the wait feels like, and who helps along the way.',
    } satisfies Record<QuestionId, string>,
    empty: 'Not answered yet.',
  },

  tools: {
    heading: 'What the tools say',
    names: {
      'spectrum-grid': 'Spectrum grid',
      'value-quiz': 'Value quiz',
      kano: 'Kano classifier',
      'anxiety-gap': 'Anxiety-gap calculator',
    } satisfies Record<ProfileTool, string>,
    open: {
      'spectrum-grid': 'Open in the spectrum grid',
      'value-quiz': 'Open in the value quiz',
      kano: 'Open in the Kano classifier',
      'anxiety-gap': 'Open in the anxiety-gap calculator',
    } satisfies Record<ProfileTool, string>,
    start: {
      'spectrum-grid': 'Go to the spectrum grid',
      'value-quiz': 'Go to the value quiz',
      kano: 'Go to the Kano classifier',
      'anxiety-gap': 'Go to the anxiety-gap calculator',
    } satisfies Record<ProfileTool, string>,
    notTaken: 'Nothing taken from this tool yet. Use it, then choose “Take from the tools”.',
    summaryLabel: (tool: string) => `${tool}: summary`,
  },

  grid: {
    offering: 'Offering on the grid',
    position: 'Position',
    inWords: 'In words',
    region: 'Region',
    lead: 'Sources of value likely to lead',
    anxiety: 'Exposure to the anxiety gap',
    others: (n: number) => `The grid holds ${n} offerings; this profile uses the one shown here.`,
    chartLabel: (name: string, position: string) =>
      `Scatter chart of the complexity-by-frequency plane with ${name} at ${position}. The list beside it gives the same in words.`,
    xAxis: 'Frequency (0 to 10)',
    yAxis: 'Complexity (0 to 10)',
    span: 'Span',
  },

  quiz: {
    offering: 'Offering in the quiz',
    unnamed: '(no name given)',
    answered: 'Statements answered',
    answeredValue: (done: number, total: number) => `${done} of ${total}`,
    notScored: 'not scored yet',
    shape: 'Shape',
    shapes: {
      low: 'Low on every source',
      functional: 'Leans to what it does',
      expressive: 'Leans to how it feels and looks',
      broad: 'Broad: every source scores well',
      balanced: 'Balanced',
    },
    incomplete: 'The chart appears once each source of value has at least two answers.',
    chartLabel: (name: string, scores: string) =>
      `Bar chart of the value profile${name ? ` of ${name}` : ''}: ${scores}. The list beside it gives the same numbers.`,
    axis: 'Score (0 to 100)',
  },

  kano: {
    feature: 'Feature',
    unnamed: '(not named)',
    functional: 'With the feature',
    dysfunctional: 'Without the feature',
    notAnswered: 'not answered',
    category: 'Category',
    pending: 'pick both answers in the classifier',
    survey:
      'The classifier was left on survey mode. Survey results stay in the classifier; the profile keeps the single answer pair.',
  },

  anxiety: {
    today: 'Anxiety index today',
    changed: 'Anxiety index with changes',
    index: (n: string, band: string) => `${n} of 100 (${band.toLowerCase()})`,
    driver: 'Largest driver today',
    gap: 'Time to value today',
    noDriver: 'none',
    chartLabel: (today: string, changed: string) =>
      `Line chart of anxiety from the purchase to past the moment of value: today peaks at ${today}, with changes at ${changed}. The sentences below describe both curves.`,
  },

  compare: {
    heading: 'Compare offerings',
    intro: 'Each table sets the offerings side by side, one row per item of the summary.',
    needTwo: 'Add a second offering to compare.',
    caption: (tool: string) => `${tool}, offering by offering`,
    questionsCaption: 'The four questions, offering by offering',
    item: 'Item',
    none: '—',
  },

  file: {
    heading: 'Save, share and print',
    export: 'Export as a file',
    exported: (file: string) => `Saved ${file}.`,
    fileBase: 'offering-profile',
    importLabel: 'Import from a file',
    importHint:
      'A profile file exported from this page (JSON). Importing replaces the offerings shown here. A file is taken whole or not at all: if any part of it cannot be read as it stands, including a tool value the tool would have to replace, nothing changes and the problems are listed.',
    imported: (n: number) => `Imported ${n} ${n === 1 ? 'offering' : 'offerings'}.`,
    refused: 'The file was not imported, and your profile is unchanged:',
    print: 'Print the handout',
    printHint: 'Prints the offering shown on one page, A4 or Letter.',
  },

  problems: {
    tooLarge: (bytes: number, max: number) => `The file is ${mb(bytes)}; a profile file is at most ${kb(max)}.`,
    empty: 'The file is empty.',
    unreadable: 'The file could not be read.',
    notJson: 'The file is not JSON: it may not be a profile file, or it was cut short.',
    tooDeep: (max: number) => `The file nests data more than ${max} levels deep, which no profile file does.`,
    forbiddenKey: (key: string) => `The file contains a field named ${quote(key)}, which is never allowed.`,
    notObject: 'The file does not hold a profile: its top level is not an object with named fields.',
    wrongFormat: 'The file is not a handbook profile (its “format” field is missing or different).',
    newerVersion: (v: number) =>
      `The file was made by a newer version of the handbook (profile version ${v}); this page reads version 1.`,
    unknownKey: (tool: string, key: string) => `${tool}: the key ${quote(key)} does not belong to this tool.`,
    toolNotice: (tool: string, message: string) => `${tool}: ${message}`,
    badCurrent: 'The number of the offering shown points past the last offering.',
    generic: 'The file could not be read as a profile.',
    more: (n: number) => `…and ${n} more ${n === 1 ? 'problem' : 'problems'}.`,
    where: {
      file: 'The file',
      offerings: 'The list of offerings',
      offering: (n: number) => `Offering ${n}`,
      name: (n: number) => `Offering ${n}, name`,
      answers: (n: number) => `Offering ${n}, answers`,
      answer: (n: number, q: string) => `Offering ${n}, answer to “${q}”`,
      tools: (n: number) => `Offering ${n}, tool states`,
      tool: (n: number, tool: string) => `Offering ${n}, ${tool} state`,
      field: (name: string) => `The field ${quote(name)}`,
    },
    issue: {
      type: (where: string, expected: string) => `${where}: expected ${expected}.`,
      missing: (where: string) => `${where} is missing.`,
      longText: (where: string, max: number) => `${where} is longer than ${max} characters.`,
      tooMany: (where: string, max: number) => `${where} has more than ${max} entries.`,
      tooFew: (where: string, min: number) => `${where} needs at least ${min} ${min === 1 ? 'entry' : 'entries'}.`,
      number: (where: string) => `${where} is not a whole number in range.`,
      unknownKeys: (where: string, keys: string) => `${where} has fields this page does not know: ${keys}.`,
      value: (where: string) => `${where} has a value this page does not accept.`,
      control: (where: string) => `${where} contains control characters.`,
    },
    types: {
      string: 'text',
      number: 'a number',
      object: 'an object with named fields',
      array: 'a list',
      other: 'another kind of value',
    },
  },

  dismiss: 'Dismiss',

  saved: {
    unreadable: 'The profile saved in this browser could not be read, so an empty one is shown:',
    notSaved: 'This browser refused to keep the profile; export it as a file to keep it.',
  },

  chart: {
    loading: 'Drawing the chart…',
    failed: 'The chart could not be drawn here; the summary beside it gives the same.',
  },

  print: {
    heading: (name: string) => `Offering profile: ${name}`,
    source:
      'CX Spectrum handbook. The four questions follow McDonald, “Beyond Social Media Marketing, Part 2” (2012); the readings are the tools’ own.',
  },
} as const;
