/** Every string of the anxiety-gap tool, in English, with the formula and assumptions it prints. */
import { MODEL } from '../../lib/anxiety/factors';
import { plainNumber } from '../../lib/number-input';

const m = MODEL;
const w = m.weights;
const rw = m.reassuranceWeights;
const fmt = (n: number) => plainNumber(n, { decimal: '.' });

const TIME_UNIT_NAMES = {
  minute: ['minute', 'minutes'],
  hour: ['hour', 'hours'],
  day: ['day', 'days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  year: ['year', 'years'],
} as const;

export const anxietyGap = {
  title: 'Anxiety-gap calculator',
  intro:
    'Describe the wait between a customer’s decision to buy and the moment they get the value, as it is today and as it could be. The index, the curve and the weighted revenue update as you type.',
  ourModel:
    'The handbook’s model: the essay names what widens the gap but gives no formula and no figures. The index is ours: it compares scenarios under the weights stated in “Formula and assumptions” below. It is not a measure of how anxious customers are, nor a share of churn or of money.',
  numberHint: (example: string) => `Type numbers as you usually write them, for example ${example}.`,
  scenario: { today: 'Today', changed: 'With changes' },
  scenarioHint: {
    today: 'The offering as customers meet it now.',
    changed: 'The same offering after the changes you are weighing.',
  },
  copyTodayToChanged: 'Copy today’s values into “With changes”',
  copiedTodayToChanged: 'Copied today’s values into “With changes”; what was there can be brought back.',
  examples: {
    legend: 'Start from one of the essay’s four situations (the figures are ours)',
    select: 'Example',
    useFor: (scenario: string) => `Use for “${scenario}”`,
    loaded: (example: string, scenario: string) => `Loaded “${example}” into “${scenario}”.`,
    names: {
      lunch: 'Choosing where to eat lunch',
      car: 'Buying a car',
      investment: 'Making an investment',
      insurance: 'Signing up for life insurance',
    },
  },
  fields: {
    gap: 'Time from the decision to buy to the moment of value',
    gapUnit: 'Unit of the time to value',
    gapHint:
      'The moment of value is when the customer first gets what they paid for: the meal, the delivered car, the first return.',
    size: 'Size of the commitment',
    sizeShare: 'As a share of the buyer’s means',
    sizePrice: 'As a price and a budget',
    share: 'Price as a share of the buyer’s means',
    price: 'Price',
    budget: 'Buyer’s means for this kind of decision',
    budgetHint:
      'What the buyer can spend on this kind of decision: a week’s food money for lunch, a year’s income or savings for a car.',
    shareFromPrice: (share: string) => `That is ${share} % of the buyer’s means.`,
    complexity: 'Complexity',
    complexityHint:
      'How many decisions and how much change of habit the value takes, from 0 (a snack) to 10 (financial services). If you placed this offering on the spectrum grid, use the same score.',
    useGrid: 'Use complexity from the spectrum grid',
    window: 'Return or cancellation window',
    windowUnit: 'Unit of the return window',
    windowHint:
      'How long after buying the customer can still undo the purchase. 0 means never. It eases anxiety only while it is open, so it lowers the index only if it lasts until the moment of value.',
    touchpoints: 'Touchpoints during the gap',
    touchpointsHint: (needed: string) =>
      `Planned contacts from you during the wait: progress updates, calls, tips. For this gap, ${needed} count as full coverage (one every two weeks).`,
    onboarding: 'Onboarding',
    community: 'Community of other customers',
    customers: 'New customers per period',
    period: 'Period',
    value: 'Revenue lost when one customer leaves',
    valueHint: 'For example a year’s revenue from one customer, or their lifetime value.',
    churn: 'Customers who leave during the gap',
    currency: 'Currency',
  },
  units: {
    percent: '%',
    score: '0 to 10',
    contacts: 'contacts',
    customers: 'customers',
    time: (unit: keyof typeof TIME_UNIT_NAMES, n = 2) => TIME_UNIT_NAMES[unit][n === 1 ? 0 : 1],
  },
  onboardingLevels: {
    none: 'None',
    basic: 'Basic: instructions or a welcome message',
    guided: 'Guided: a person or programme leads the customer to first value',
  },
  communityLevels: {
    none: 'None',
    passive: 'Passive: reviews and a forum to read',
    active: 'Active: customers who answer and help each other',
  },
  periods: { week: 'week', month: 'month', quarter: 'quarter', year: 'year' },
  currencyAuto: (code: string) => `Default for the page’s language (${code})`,
  problems: {
    empty: 'Enter a number.',
    invalid: (example: string) => `This is not a number we can read; use digits, for example ${example}.`,
    grouping: 'The digit groups look irregular; write the number without separators, for example 1000.',
    'too-large': 'This number is too large.',
    below: (min: string) => `Use ${min} or more.`,
    belowExclusive: (min: string) => `Use a number above ${min}.`,
    above: (max: string) => `Use ${max} or less.`,
    whole: 'Use a whole number.',
    kept: (value: string) => `The results still use ${value}.`,
    readAs: (value: string) => `Read as ${value}.`,
  },
  results: {
    heading: 'Anxiety index',
    indexLabel: (scenario: string) => `Anxiety index, ${scenario}`,
    outOf: 'out of 100',
    band: (band: string) => `${band} anxiety`,
    difference: (points: number) =>
      points === 0
        ? 'The changes leave the index where it is.'
        : points < 0
          ? `The changes lower the index by ${-points} ${-points === 1 ? 'point' : 'points'}.`
          : `The changes raise the index by ${points} ${points === 1 ? 'point' : 'points'}.`,
    bands: { low: 'Low', moderate: 'Moderate', marked: 'Marked', high: 'High', severe: 'Severe' },
    contributionsHeading: 'What drives the index',
    contributionsCaption:
      'Points each factor adds (+) or removes (−). Drivers are shown before the reliefs; the rows add up to the index.',
    factorColumn: 'Factor',
    total: 'Anxiety index',
    factors: {
      gap: 'Time to value',
      commitment: 'Size of the commitment',
      complexity: 'Complexity',
      reversibility: 'Return window',
      touchpoints: 'Touchpoints',
      onboarding: 'Onboarding',
      community: 'Community',
    },
    topDriver: (scenario: string, factor: string) => `${scenario}: the largest driver is ${factor.toLowerCase()}.`,
  },
  curve: {
    heading: 'Anxiety across the gap',
    chartLabel:
      'Line chart of anxiety over time since the purchase, for both scenarios. The table after it gives the key points.',
    loading: 'Drawing the chart…',
    failed: 'The chart could not be drawn here; the table below gives the same numbers.',
    xAxis: (unit: string) => `Time since the purchase (${unit})`,
    yAxis: 'Anxiety (0 to 100)',
    tableCaption: 'Key points of the anxiety curve',
    moment: 'Moment',
    time: 'Time since the purchase',
    anxiety: 'Anxiety',
    moments: {
      purchase: 'Purchase',
      'window-closes': 'Return window: last moment open',
      'window-closed': 'Return window: just closed',
      halfway: 'Halfway through the gap',
      value: 'Moment of value',
      after: 'Some time after the value',
    },
    words: (scenario: string, start: string, peak: string, gap: string, end: string, endAt: string) =>
      `${scenario}: anxiety starts at ${start} at the purchase, reaches ${peak} at the moment of value after ${gap}, and eases to ${end} by ${endAt}.`,
    wordsWindow: (closesAt: string, open: string, closed: string) =>
      open === closed
        ? `The return window closes after ${closesAt}; anxiety stands at ${open}.`
        : `The return window closes after ${closesAt}; anxiety then jumps from ${open} to ${closed}, as if there had been no window.`,
  },
  levers: {
    heading: 'What each change would do',
    caption: (scenario: string) => `Each change applied alone to “${scenario}”, largest effect first`,
    lever: 'Change',
    indexAfter: 'Index after',
    lower: 'Points lower',
    kept: 'Weighted revenue kept per year',
    none: 'Already in place',
    names: {
      'halve-gap': 'Halve the time to value',
      'halve-commitment': 'Halve the commitment (a smaller first step, or staged payments)',
      simplify: 'Make it simpler: complexity two points lower',
      'cover-gap': 'A return window as long as the gap',
      touchpoints: 'One touchpoint every two weeks of the gap',
      onboarding: 'Guided onboarding',
      community: 'An active community of customers',
    },
  },
  revenue: {
    heading: 'Revenue at risk, weighted by the index',
    legend: 'Your business figures (shared by both scenarios)',
    note: 'The handbook’s model: the revenue you lose to churn in the gap, weighted by the index ÷ 100. The weighting puts the two scenarios side by side in money; it is not a measured share of churn caused by anxiety, and not a forecast.',
    caption: (period: string) =>
      `Revenue lost in the gap, and the same weighted by the index, per ${period} and per year`,
    measure: 'Measure',
    perPeriod: (period: string) => `Per ${period}`,
    perYear: 'Per year',
    churned: 'Lost to churn in the gap, whatever the cause',
    atRisk: (scenario: string) => `Weighted by the index, ${scenario.toLowerCase()}`,
    kept: 'Kept by the changes (weighted)',
    words: (today: string, todayYear: string, changed: string, changedYear: string) =>
      `Weighted by the index, each period’s lost revenue comes to ${today} today (${todayYear} a year) and ${changed} with the changes (${changedYear} a year).`,
    keeps: (kept: string) => `By this weighting, the changes would keep ${kept} a year.`,
    costs: (lost: string) => `By this weighting, the changes would put ${lost} more a year at risk.`,
    same: 'The changes leave the weighted revenue where it is.',
  },
  formula: {
    intro:
      'The essay says that a longer wait, or a bigger commitment in size and cost, leaves more room for anxious customers and churn, and that what customers say to one another shapes the experience as well as their dealings with the company. It gives no numbers. The handbook’s model: the formula below turns those statements into an index from 0 to 100. The weights are our judgement, stated in full so that you can disagree with them; the index compares scenarios under these weights and is not a measurement or a prediction.',
    lines: [
      `index = [ (${w.gap} × T + ${w.commitment} × S) × (1 − ${m.reversibilityRelief} × W) + ${w.complexity} × C ] × (1 − ${m.reassuranceRelief} × R)`,
      `T = min(1, ln(1 + gap in days) ÷ ln(1 + ${fmt(m.gapSaturationDays)}))   time to value; full at five years`,
      `S = min(1, ln(1 + share ÷ ${m.shareScalePct} %) ÷ ln(1 + ${m.shareSaturationPct} % ÷ ${m.shareScalePct} %))   commitment; full at ${m.shareSaturationPct} % of the buyer’s means`,
      'C = complexity ÷ 10',
      'W = 1 if the return window is still open at the moment of value (window ≥ gap), otherwise 0',
      `R = ${rw.touchpoints} × P + ${rw.onboarding} × O + ${rw.community} × K   reassurance`,
      `P = min(1, touchpoints ÷ max(1, gap ÷ ${m.touchpointSpacingDays} days))   one touchpoint a fortnight is full coverage`,
      'O = 0, 0.5 or 1 for no, basic or guided onboarding',
      'K = 0, 0.5 or 1 for no, passive or active community',
    ],
    contributions: `Contributions: time to value adds ${w.gap} × T and the commitment ${w.commitment} × S before reliefs; complexity adds ${w.complexity} × C. The return window takes away ${m.reversibilityRelief} × W of the first two: that share while it is open, nothing once it has closed. Reassurance takes away ${m.reassuranceRelief} × R of what is left, split between touchpoints, onboarding and community by their weights. The shown whole numbers are rounded so that they add up to the index (largest remainders round up).`,
    curve: `The curve: at each moment of the wait, the same formula with the time waited so far in place of the gap, and W = 1 while the window is still open at that moment. When a window closes before the moment of value, the curve jumps to where it would be with no window. The index is the anxiety at the moment of value, so such a window does not lower it; the curve shows the relief it gives while it lasts. After the moment of value the curve eases toward what complexity leaves, ${w.complexity} × C × (1 − ${m.reassuranceRelief} × R).`,
    revenue:
      'Weighted revenue per period = new customers × revenue lost per customer × share who leave during the gap × index ÷ 100, using the index as shown. Per year: × 52.18 weeks, 12 months, 4 quarters or 1 year.',
    assumptionsHeading: 'Assumptions',
    assumptions: [
      'Time to value weighs most, then the size of the commitment, then complexity: the essay stresses the first two; complexity adds the effort of learning something new.',
      'Time and money work on a roughly logarithmic scale: past the first few days, or the first few per cent of the buyer’s means, each doubling adds about the same, so a wait going from one month to two adds about as much as one going from one year to two.',
      'Beyond five years of waiting, or a price equal to everything the buyer can spend, the pressure stops growing.',
      `A return window helps only while it is open: once it closes, anxiety is what it would be without one, so only a window still open at the moment of value lowers the index. Even while open it removes ${m.reversibilityRelief * 100} % of the time and money anxiety, not all of it: undoing a purchase is itself effort.`,
      'Reassurance can halve the anxiety at most. A community counts almost as much as your own contacts, because customers listen to one another, not only to you.',
      'The factors do not interact except as the formula says; a real market may behave otherwise.',
      'The index is a comparison between scenarios under these weights, not a share of churn or of money. Weighting lost revenue by it puts the comparison in money; it does not say how much of that revenue anxiety costs. If you have measured how much churn in the gap anxiety causes, use your measure instead.',
      'Both scenarios share the same business figures; only the anxiety differs.',
    ],
  },
} as const;
