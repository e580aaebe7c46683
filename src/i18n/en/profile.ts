/** Every string of the offering profile (/profile/), in English. */
import { quote } from '../quote';

/** The tools a profile gathers, in the order the page shows them. */
/** The four questions, by id. */
type QuestionId = 'frequency' | 'complexity' | 'value' | 'realise';
/** The company functions of the ownership map and the start sequence. */
type FunctionId = 'support' | 'product' | 'logistics' | 'sales' | 'marketing' | 'operations';
/** The six steps of the corporate framework. */
type StepId = 'objectives' | 'assessment' | 'strategy' | 'execution' | 'budgets' | 'measure';

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'] as const;
const ordinal = (n: number) => ORDINALS[n - 1] ?? `number ${n}`;
const places = (n: number) => `${n} ${n === 1 ? 'place' : 'places'}`;
const list = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} KB`;
const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

export const profileText = {
  navLabel: 'Offering profile',
  blurb: 'gather what every tool says about one offering, answer the four questions, compare, print a handout.',
  title: 'Offering profile',
  description:
    'Gather what you entered in every tool for one offering, answer the four questions in your own words, compare offerings, print a one-page handout, and save it all as a file.',
  lead: 'One page for one offering: your answers to the four questions, and what the spectrum grid, the value quiz, the Kano classifier and the anxiety-gap calculator say about it; then who owns each customer touchpoint and where to start. Keep up to three offerings and compare them.',
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
    restored: (name: string) => `${name} put back.`,
  },

  take: {
    heading: 'Take from the tools',
    undoable: (name: string) => `${name} filled in from the tools; Undo brings back what it held before.`,
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
      'Near the end of his essay on the spectrum, McDonald (Part 2, 2012) asks four questions of any offering. Answer them in your own words; the tools below give you the evidence.',
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
      'The classifier was left on its survey view. Survey results stay in the classifier; the profile keeps the single answer pair.',
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

  functions: {
    support: 'Support',
    product: 'Product development',
    logistics: 'Procurement and logistics',
    sales: 'Sales',
    marketing: 'Marketing',
    operations: 'Operations',
  } satisfies Record<FunctionId, string>,

  ownership: {
    heading: 'Ownership map',
    intro:
      'For each place where customers meet the offering, name the one function accountable for it, the functions whose experts contribute, and who speaks for it on social channels.',
    ours: 'Our reading: the split into an owner, contributors and a voice is the handbook’s, built on the Strictly Marketing column’s case that experts outside marketing often serve social customers better than marketers do. See the chapter',
    chapterLink: 'Who should own social media',
    suggested: [
      'Questions before buying',
      'Ordering and paying',
      'Delivery or set-up',
      'Getting started',
      'Problems and complaints',
      'Renewal or buying again',
      'Praise and stories',
    ],
    addSuggested: 'Add the usual touchpoints',
    addedSuggested: (n: number) =>
      n === 0
        ? 'The usual touchpoints are already on the map.'
        : `Added ${n} ${n === 1 ? 'touchpoint' : 'touchpoints'}.`,
    newLabel: 'New touchpoint',
    newHint: 'Where customers meet the offering, for example “delivery questions” or “the first month of use”.',
    add: 'Add touchpoint',
    added: (name: string) => `${name} added to the ownership map.`,
    needName: 'Type a name for the touchpoint first.',
    max: (n: number) => `The map holds up to ${n} touchpoints.`,
    empty: 'No touchpoints yet. Add your own, or start from the usual ones.',
    unnamed: (n: number) => `Touchpoint ${n}`,
    name: 'Name of the touchpoint',
    owner: 'Owner (accountable)',
    ownerNone: 'Not decided yet',
    contributors: 'Contributors (experts who help)',
    voices: 'Speaks for it on social channels',
    remove: 'Remove',
    removeLabel: (name: string) => `Remove ${name}`,
    removed: (name: string) => `${name} removed from the ownership map.`,
    gaps: { 'no-name': 'no name', 'no-owner': 'no owner', 'no-voice': 'nobody speaks for it' },
    open: (gaps: readonly string[]) => `Still open: ${list(gaps)}.`,
    caption: 'Who owns, contributes to and speaks for each touchpoint',
    touchpoint: 'Touchpoint',
    none: '—',
    loadCaption: 'Touchpoints per function',
    function: 'Function',
    owns: 'Owns',
    contributes: 'Contributes to',
    speaks: 'Speaks for',
  },

  start: {
    heading: 'Start sequence',
    intro:
      'Axel Schultze (“Social Media? DO NOT Start in Marketing”) argues for starting social media in support, then product development, then procurement and logistics, then sales, and marketing last, inside a six-step corporate framework. Put the functions in the order you would start with, and keep notes on each step.',
    orderHeading: 'Where to start',
    orderHint:
      'Move a function with its buttons. Beside each is where the essay puts it, so you can see where you differ.',
    moveUp: (fn: string) => `Move ${fn} earlier`,
    moveDown: (fn: string) => `Move ${fn} later`,
    up: 'Earlier',
    down: 'Later',
    moved: (fn: string, position: number) => `${fn} moved to ${ordinal(position)} place.`,
    same: 'as in the essay',
    earlier: (n: number, essay: number) => `${places(n)} earlier than the essay, which puts it ${ordinal(essay)}`,
    later: (n: number, essay: number) => `${places(n)} later than the essay, which puts it ${ordinal(essay)}`,
    matches: 'Your order is the essay’s order.',
    differs: (n: number) => `Your order differs from the essay’s for ${n} of the 5 functions.`,
    restore: 'Restore the essay’s order',
    restored: 'Back to the essay’s order.',
    why: 'Why this order',
    whyHint: 'Your reasons, above all where your order differs from the essay’s.',
    stepsHeading: 'The six steps',
    stepsIntro:
      'The essay names six steps of a corporate framework, which it credits to the Social Media Academy; it gives only their names. Our reading: the short description under each name is the handbook’s.',
    steps: {
      objectives: {
        name: 'Business objectives',
        hint: 'What the business needs from social media, before any channel.',
      },
      assessment: {
        name: 'Social media assessment',
        hint: 'Where customers already talk about you, who takes part, and what skills and tools you have.',
      },
      strategy: { name: 'Strategy development', hint: 'Where to start, and why.' },
      execution: {
        name: 'Execution plan',
        hint: 'Who does what and when, and how a public complaint reaches the team that can fix it.',
      },
      budgets: {
        name: 'Budgets, resources and ROI',
        hint: 'The people and tools you fund, and the return you expect.',
      },
      measure: { name: 'Measure and tune', hint: 'Results against the objectives, and what you change next.' },
    } satisfies Record<StepId, { name: string; hint: string }>,
    status: 'Status',
    statuses: { 'not-started': 'Not started', 'in-progress': 'In progress', done: 'Done' },
    notes: 'Notes',
    orderCaption: 'Functions in your order, against the essay’s',
    position: 'Your place',
    essayPosition: 'Essay’s place',
    stepsCaption: 'The six steps',
    step: 'Step',
  },

  compare: {
    heading: 'Compare offerings',
    intro: 'Each table sets the offerings side by side, one row per item of the summary.',
    needTwo: 'Add a second offering to compare.',
    caption: (tool: string) => `${tool}, offering by offering`,
    questionsCaption: 'The four questions, offering by offering',
    planCaption: 'Who owns it and where to start, offering by offering',
    touchpoints: 'Touchpoints on the map',
    owners: 'Owners',
    ownerCount: (fn: string, n: number) => `${fn} ${n}`,
    startOrder: 'Start order',
    stepsDone: 'Steps done',
    stepsDoneValue: (done: number, total: number) => `${done} of ${total}`,
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
    /** After an import whose file carried review cards: how many, joined with the cards kept here. */
    importedCards: (n: number) =>
      `Its ${n === 1 ? 'review card was' : `${n} review cards were`} joined with yours; where both had a question, the later answer counts.`,
    cardsNotKept: 'The review cards in the file could not be kept in this browser; the profile was imported.',
    replacedUndoable: 'The imported file replaced the offerings that were here; Undo brings them back.',
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
    newerVersion: (v: number, max: number) =>
      `The file was made by a newer version of the handbook (profile version ${v}); this page reads versions 1 to ${max}.`,
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
      ownership: (n: number) => `Offering ${n}, ownership map`,
      touchpoint: (n: number, k: number) => `Offering ${n}, ownership map, touchpoint ${k}`,
      start: (n: number) => `Offering ${n}, start sequence`,
      startOrder: (n: number) => `Offering ${n}, start sequence, order of functions`,
      startWhy: (n: number) => `Offering ${n}, start sequence, why this order`,
      startStep: (n: number, step: string) => `Offering ${n}, start sequence, step “${step}”`,
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
    elsewhere: (fields: string) => `Changed in another tab as well, so the later edit is shown: ${fields}.`,
  },

  chart: {
    loading: 'Drawing the chart…',
    failed: 'The chart could not be drawn here; the summary beside it gives the same.',
  },

  print: {
    heading: (name: string) => `Offering profile: ${name}`,
    planHeading: (name: string) => `Who owns it and where to start: ${name}`,
    planSource:
      'CX Spectrum handbook. The start order and the six steps follow Schultze, “Social Media? DO NOT Start in Marketing”; the owner, contributor and voice roles are the handbook’s reading of “Should Marketing Really Own Social Media?”, Strictly Marketing (2016).',
    source:
      'CX Spectrum handbook. The four questions follow McDonald, “Beyond Social Media Marketing, Part 2” (2012); the readings are the tools’ own.',
  },
} as const;
