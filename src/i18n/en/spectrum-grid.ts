import type { SpectrumText } from '../../lib/spectrum/text';

/** "a", "a and b", "a, b and c". */
function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const PART_2 = 'McDonald, Part 2 (2012)';
const PART_3 = 'McDonald, Part 3 (2012)';

/** The words of the spectrum model: axes, regions, sources of value, citations, reference products. */
export const spectrumText: SpectrumText = {
  axes: {
    frequency: {
      name: 'Frequency',
      note: 'How often a customer meets the offering, counting both buying it and seeing it in daily life.',
      ticks: [
        'once in a lifetime',
        'once a decade or so',
        'every few years',
        'about once a year',
        'a few times a year',
        'about once a month',
        'a few times a month',
        'about once a week',
        'a few times a week',
        'daily',
        'several times a day',
      ],
    },
    complexity: {
      name: 'Complexity',
      note: 'How many decisions, and how much change of behaviour, it takes to get the value.',
      ticks: [
        'one simple choice',
        'a quick pick among familiar options',
        'a few features to compare',
        'some research before choosing',
        'a set-up or something to learn',
        'several linked decisions',
        'several decisions and some new habits',
        'expert advice or paperwork',
        'many decisions over weeks',
        'many decisions, contracts and follow-up',
        'many decisions and a change of behaviour',
      ],
    },
  },
  bands: {
    frequency: { rare: 'rare', occasional: 'now and then', frequent: 'frequent' },
    complexity: { simple: 'simple', involved: 'involved', complex: 'complex' },
  },
  regions: {
    'frequent-simple': {
      name: 'Everyday and simple',
      gist: 'Customers meet it all the time and choose it with little thought, like groceries, a snack, or a handbag that is on show every day.',
    },
    'frequent-involved': {
      name: 'Everyday, with some thought',
      gist: 'It is met often and takes some comparing or learning; because it stays in view, what it says about its owner counts for a lot.',
    },
    'frequent-complex': {
      name: 'Everyday and demanding',
      gist: 'Part of daily life, yet it asks for many choices and new habits. The essays name no product here; this reading combines their two trends.',
    },
    'occasional-simple': {
      name: 'Now and then, simple',
      gist: 'Met every few weeks or months with little to decide; the value lies mostly in getting a job done without fuss. The essays name no product here.',
    },
    'occasional-involved': {
      name: 'Middle of the plane',
      gist: 'Met now and then and needing some thought, so the readings are mixed. The middle of the stretch we give cars falls here.',
    },
    'occasional-complex': {
      name: 'Now and then, demanding',
      gist: 'Met every so often but needing many decisions or new routines; the value arrives slowly and can be hard to see. The essays name no product here.',
    },
    'rare-simple': {
      name: 'Rare and simple',
      gist: 'A choice made once in years with little to decide. The essays name no product here; our reading is that rarity still makes it a planned and private purchase.',
    },
    'rare-involved': {
      name: 'Rare, with some thought',
      gist: 'A planned purchase every few years with real features to weigh, like a major appliance; its worth is judged privately, over years of use.',
    },
    'rare-complex': {
      name: 'Rare and demanding',
      gist: 'A planned, weighty decision such as a home, insurance or financial services: many choices, often professional help, and a long wait before the value shows.',
    },
  },
  valueSources: {
    'solve-problem': 'solving a problem',
    'enable-opportunity': 'enabling an opportunity',
    'feel-good': 'feeling good about oneself',
    'look-good': 'looking good to oneself or to others',
  },
  visibility: {
    'seen-by-others':
      'Here value is on show: brand, lifestyle and being seen with the offering matter as much as what it does.',
    mixed: 'Here value is partly on show and partly private: what it does and how it looks to others both count.',
    'private-over-time':
      'Here feeling and looking good are private and slow: they build over months or years of use rather than in front of others.',
  },
  anxiety: {
    low: {
      name: 'low',
      text: 'The wait between buying and getting the value is short and the stake small, so doubt has little room to grow.',
    },
    moderate: {
      name: 'moderate',
      text: 'The wait for value or the size of the commitment is large enough for second thoughts; reassurance during the wait pays off.',
    },
    high: {
      name: 'high',
      text: 'The wait for value is long and the commitment large: the setting for buyer’s remorse and churn. Plan for the gap, not only for the sale.',
    },
  },
  community: {
    show: 'an audience that sees the offering in use, shares it and ties it to a way of life',
    recommend: 'word of mouth and tips that help the next buyer choose',
    advise: 'people who have made this rare decision before and can tell others what to expect',
    support: 'owners helping one another get the value after the sale',
    reassure: 'people who made the same choice steadying each other while the value is still on its way',
  },
  claims: {
    'visible-with-frequency':
      'The more often customers meet an offering, the further its value shifts toward what others can see: brand, lifestyle, being seen with it.',
    'private-over-time':
      'In complex categories bought rarely, such as financial services and durable goods, feeling and looking good are experienced inwardly and grow over time.',
    'decisions-and-behaviour':
      'Complex offerings ask for several decisions and a change in habits before they pay off.',
    'simple-is-direct': 'At the simple end, groceries or a snack, the value is immediate and easy to reach.',
    'rare-is-planned':
      'Rare purchases are often planned: people book meetings and bring in professionals, as for a home or financial services.',
    'same-frequency':
      'Unlike products can share a frequency: a fashion handbag is seen about as often as groceries are bought, and insurance is chosen about as often as a major appliance.',
    'owners-support-owners':
      'After the sale, customers can support each other, as owners do in Ford’s Sync support community.',
    'cars-span': 'Cars cover most of the plane: a rare, complex purchase whose image is on show every day.',
    'anxiety-gap':
      'Anxiety arises in the gap between buying and realising the value; the longer or larger the gap, the more room for anxious customers and a poorer experience, and any gap gives customers a chance to leave.',
    'lunch-versus-investment':
      'The uncertainty of picking a place for lunch is set against that of an investment, buying a car or life insurance.',
    'community-shapes-experience':
      'How customers feel is shaped by their exchanges with one another, not only by their dealings with the company.',
  },
  sources: {
    'mcdonald-2012-part-2': {
      short: PART_2,
      full: 'Mark P. McDonald, “Beyond Social Media Marketing, Part 2”, Gartner Blog Network, 13 September 2012',
    },
    'mcdonald-2012-part-3': {
      short: PART_3,
      full: 'Mark P. McDonald, “Beyond Social Media Marketing, Part 3”, Gartner Blog Network, 30 November 2012',
    },
  },
  references: {
    groceries: {
      name: 'Groceries',
      why: `With snacks, the essay’s example of the simple end, where the experience is direct (${PART_2}); met as often as a fashion handbag. The placement is ours.`,
    },
    snacks: {
      name: 'Snacks',
      why: `With groceries, the essay’s example of the simple end, where the experience is direct (${PART_2}). Its frequency is our guess: very high.`,
    },
    handbags: {
      name: 'Handbags',
      why: `A fashion item on show every day, so met as often as groceries (${PART_2}). Complexity is our guess: low.`,
    },
    insurance: {
      name: 'Insurance',
      why: `Chosen about as rarely as a major appliance (${PART_2}); life insurance is one of the decisions set against choosing lunch (${PART_3}). Its complexity is our guess: high.`,
    },
    'major-appliances': {
      name: 'Major appliances',
      why: `Bought as rarely as insurance; a durable good whose value is felt privately over years (${PART_2}). We put it a little lower in complexity than insurance.`,
    },
    'financial-services': {
      name: 'Financial services',
      why: `The essay’s example of high complexity, with several decisions and a change of behaviour; it is also one of the rare purchases people plan for with meetings and professionals (${PART_2}).`,
    },
    'buying-a-home': {
      name: 'Buying a home',
      why: `One of the low-frequency purchases people plan for, with meetings and professionals (${PART_2}). Placing it at the rare, complex corner is ours.`,
    },
    cars: {
      name: 'Cars',
      why: `A span: an infrequent, complex purchase whose image is on show every day (${PART_2}); buying a car is one of the decisions set against choosing lunch (${PART_3}).`,
    },
  },
  frames: {
    unnamed: (n) => `Offering ${n}`,
    range: (from, to) => `${from} to ${to}`,
    axisValue: (axis, value) => `${axis} ${value}`,
    position: (name, frequency, complexity) => `${name}: ${frequency}, ${complexity}`,
    inWords: (frequency, complexity) => `In words: met ${frequency}; ${complexity}.`,
    region: (region) => `Region: ${region}.`,
    value: (lead, rest) => `Sources of value likely to lead: ${list(lead)}; then ${list(rest)}.`,
    anxiety: (level, text) => `Exposure to the anxiety gap: ${level}. ${text}`,
    community: (roles) => `What a community of customers does here: ${list(roles)}.`,
    nearby: (names) => `Nearby reference products: ${list(names)}.`,
    inside: (names) => `It lies inside the stretch we give ${list(names)}.`,
    sameFrequency: (names) =>
      `Met about as often but with different complexity: ${list(names)}. Products that share a frequency can be alike in how their value works.`,
    spread: (regions, lowest, highest) =>
      `As a span it reaches ${regions.length} regions (${list(regions)}); exposure to the anxiety gap runs from ${lowest} to ${highest} across them. The reading above is for its middle.`,
    list,
  },
};

/** The words of the tool's controls, headings and announcements. */
export const spectrumUi = {
  headings: {
    offerings: 'Your offerings',
    reading: 'What the position suggests',
    how: 'How the regions are drawn',
    references: 'About the reference products',
  },
  plane: {
    label: 'Complexity-by-frequency plane',
    caption:
      'Frequency runs left to right, from once in a lifetime to several times a day; complexity runs bottom to top, from one simple choice to many decisions and a change of behaviour.',
    title: 'The customer experience spectrum: complexity by frequency',
    keyboardHelp:
      'Tab to a marker. Arrow keys move it by half a point, or by two with Shift. Alt (Option) with an arrow key widens it into a span, half a point on each side (right or up), or narrows it (left or down). With a pointer, drag a marker, click the plane to move the selected offering there, or drag the square handle beside it to widen it. Or type the values in the list below.',
    axisArrow: '→',
    lowEnd: { frequency: 'once in a lifetime', complexity: 'one choice' },
    highEnd: { frequency: 'several times a day', complexity: 'many decisions' },
    referenceMarker: (label: string) => `${label} (reference product, approximate)`,
    ownMarker: (label: string, selected: boolean) => (selected ? `${label} (reading shown)` : label),
  },
  offerings: {
    add: 'Add an offering',
    max: 'You can place up to eight offerings.',
    none: 'No offerings yet. Add one to read what its position suggests.',
    name: 'Name',
    namePlaceholder: 'e.g. Meal kit',
    frequency: 'Frequency',
    complexity: 'Complexity',
    of: (name: string) => ` of ${name}`,
    span: 'Widen into a span',
    spanHelp:
      'Give a range when the offering covers a stretch of an axis (as cars do); the same number twice makes a point.',
    from: 'from',
    to: 'to',
    show: 'Show reading',
    remove: 'Remove',
    removed: (name: string) => `${name} removed.`,
    added: (name: string) => `${name} added in the middle of the plane.`,
    showReferences: 'Show the reference products from the essays',
  },
  reading: {
    none: 'Add or select an offering to read what its position suggests.',
    basedOn: 'Based on',
    approximate: 'Reference placements are approximate: the essays say high or low, not numbers.',
    ours: 'Our reading: the regions and what they suggest are the handbook’s, built on the essays’ claims listed under “Based on”.',
  },
  table: {
    caption: 'Each offering and reference product, its scores and its region',
    offering: 'Offering',
    frequency: 'Frequency',
    complexity: 'Complexity',
    region: 'Region',
    reference: (name: string) => `${name} (reference)`,
  },
  exporting: {
    svg: 'Download SVG',
    png: 'Download PNG',
    failed: 'Could not make the image; try the other format.',
    done: (file: string) => `Saved ${file}.`,
    fileBase: 'spectrum-grid',
  },
  how: [
    'Each axis runs from 0 to 10 and is cut into thirds at 3.5 and 6.5, which makes nine regions. The essays draw no such lines: the cuts are ours, and a position close to a line shares something of both sides.',
    'Sources of value. Part 2 says that the more often an offering is met, the more its value moves toward what others can see, while for rare, complex purchases feeling and looking good are private and build over time. In each region we order the four sources along those two trends.',
    'Anxiety gap. Part 3 ties anxiety to the gap between buying and realising the value, in time and in size. We read rarer and more complex as a longer and larger gap, so exposure rises as frequency falls and as complexity rises: low, moderate or high.',
    'Community. Part 2 points to owners supporting one another after the sale, and Part 3 to the way customers’ exchanges with each other shape how they feel. For each region we name the roles a community of customers is most likely to play.',
    'Reference products are placed by us from the essays’ descriptions and are approximate. A span is read at its middle, and the regions it reaches are listed with the range of anxiety across them.',
  ],
} as const;
