import type { Shape, Visibility } from '../../lib/quiz/profile';
import { BROAD_FLOOR, LEAN_POINTS, LOW_CEILING } from '../../lib/quiz/profile';
import { MIN_ANSWERS_PER_SOURCE } from '../../lib/quiz/scoring';
import type { Expectation, Fit } from '../../lib/quiz/spectrum-fit';
import { HIGH_FROM } from '../../lib/quiz/spectrum-fit';
import type { Source, StatementId } from '../../lib/quiz/statements';

/** Every string the value quiz shows, in English. */
export const valueQuizText = {
  heading: 'Value quiz',
  intro:
    'Think of one offering, from your customers’ side. Say how far you agree with each statement. Answer in any order and skip what you cannot judge; each source of value is scored once two of its four statements are answered.',
  offeringLabel: 'Offering name',
  offeringHint: 'For example “meal-kit subscription”. Used to find the same offering on the spectrum grid.',
  scale: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'] as const,
  sources: {
    problem: 'Solving a problem',
    opportunity: 'Enabling an opportunity',
    feel: 'Feeling good',
    look: 'Looking good',
  } satisfies Record<Source, string>,
  sourceHints: {
    problem: 'A practical job gets done or a pain goes away.',
    opportunity: 'Customers can do or become something new.',
    feel: 'Customers feel better about themselves.',
    look: 'Customers look good to themselves or to others.',
  } satisfies Record<Source, string>,
  statements: {
    problem1: 'Customers come to it with a specific, practical problem they want gone.',
    problem2: 'If it vanished tomorrow, customers would be left with a task nobody does for them.',
    problem3: 'Customers judge it first by whether it works.',
    problem4: 'Most customers would struggle to name a concrete problem it takes away.',
    opportunity1: 'It lets customers do something they could not do before.',
    opportunity2: 'Customers choose it with a future plan or goal in mind.',
    opportunity3: 'Customers can do nothing new with it that they could not already do.',
    opportunity4: 'Its worth grows as customers discover new ways to use it.',
    feel1: 'Using it leaves customers feeling better about themselves.',
    feel2: 'Customers speak about it with pride, comfort or relief.',
    feel3: 'It makes customers feel more capable, responsible or in control of their own lives.',
    feel4: 'Customers feel nothing in particular about it; it is only a means to an end.',
    look1: 'Customers like being seen with it or using it.',
    look2: 'Nobody else would notice whether a customer has it or not.',
    look3: 'It says something about its owner to other people.',
    look4:
      'Customers believe it makes them look capable, stylish or successful, in their own eyes or in other people’s.',
  } satisfies Record<StatementId, string>,
  statementNumber: (n: number) => `Statement ${n}`,
  clearAnswer: 'Clear answer',
  clearAnswerLabel: (n: number) => `Clear answer to statement ${n}`,
  progress: (done: number, total: number) => `${done} of ${total} statements answered`,
  profileReady: 'The value profile is ready.',
  sourceProgress: (done: number, total: number) => `${done} of ${total} answered`,
  resultHeading: 'Value profile',
  needMore: 'The profile appears once each source has at least two answers. Still needed:',
  needMoreItem: (source: string, missing: number) => `${source}: ${missing} more`,
  chartLabel: (name: string, scores: string) =>
    `Bar chart of the value profile${name ? ` of ${name}` : ''}: ${scores}.`,
  chartNote:
    'The first two bars (what the offering does) share one colour; the last two (how it feels and looks) share another.',
  chartLoading: 'Drawing the chart…',
  chartFailed: 'The chart could not be drawn; the table below has the same numbers.',
  tableCaption: 'Score per source of value (0 to 100)',
  tableSource: 'Source of value',
  tableScore: 'Score',
  tableAnswered: 'Statements answered',
  axisScore: 'Score (0 to 100)',
  shapeHeading: 'What the shape means',
  shapes: {
    low: `Every source scores under ${LOW_CEILING}. Either the offering gives little value of any kind yet, or the statements did not fit it; try answering for one customer group you know well.`,
    functional:
      'Value leans to what the offering does: fixing a problem or opening an opportunity. Our reading: customers are likely to compare on results and price, so proof that it works carries the experience.',
    expressive:
      'Value leans to how the offering makes customers feel and look. Our reading: brand, design and the moments when others see it matter as much as what it does.',
    broad: `Every source scores ${BROAD_FLOOR} or more. Our reading: the offering carries value of every kind, so a weak spot in any one of them can undo the rest of the experience.`,
    balanced: 'No side clearly leads: what the offering does and how it feels to have it count about equally.',
  } satisfies Record<Shape, string>,
  visibility: {
    visible:
      'Looking good outweighs feeling good. Our reading: much of the value is seen by others, so it is public and social.',
    private:
      'Feeling good outweighs looking good. Our reading: the emotional value is mostly private, felt by the customer rather than shown.',
    even: 'Feeling good and looking good are about level.',
  } satisfies Record<Visibility, string>,
  strongest: (names: string) => `Strongest: ${names}.`,
  spectrumHeading: 'Against its place on the spectrum grid',
  spectrumIntro:
    'The essay links value to the grid: the more often people meet an offering, the more its value shifts to what others can see; for complex, rarely bought offerings, feeling and looking good tend to arrive privately and over time.',
  gridFound: (name: string, f: string, c: string, spread: boolean) =>
    `Found “${name}” on your spectrum grid: frequency ${f}, complexity ${c}${spread ? ' (the middle of the range it covers)' : ''}.`,
  gridNotFound: (name: string) =>
    `No offering named “${name}” was found on your spectrum grid; type its place below instead.`,
  gridNone: 'Place the offering on the spectrum grid, or type its place below.',
  placeLegend: 'Place on the spectrum grid (optional)',
  frequencyLabel: 'Frequency (0 to 10)',
  complexityLabel: 'Complexity (0 to 10)',
  placeHint: '0 is rare or simple, 10 is daily or very complex. Leave both empty to skip this part.',
  placeOverride: 'The place typed below is used instead of the grid’s.',
  clearPlace: 'Clear place',
  placeCleared: 'Place cleared.',
  expectations: {
    expressive:
      'Frequent and simple. Our reading of the essay’s trend: expect value to lean to feeling and looking good, in full view of others.',
    both: 'Frequent and complex: the essays name no product here. Our reading, combining their two trends: expect value of every kind, from what it does and from being met every day.',
    'functional-then-private':
      'Rare and complex. The essay says feeling and looking good are felt privately and over time here. Our reading: expect value to lean to solving a problem or enabling an opportunity.',
    functional: 'Rare and simple: the essays say little here. Our reading: value leans to solving a problem, simply.',
  } satisfies Record<Expectation, string>,
  fits: {
    matches: 'Your profile matches what this position suggests.',
    partly: 'Your profile partly matches what this position suggests.',
    differs:
      'Your profile differs from what this position suggests. That can be a finding in itself: check the position, or ask whether customers value the offering in a way the category usually does not.',
    unclear: 'Every score is low, so there is no clear shape to compare with the position.',
  } satisfies Record<Fit, string>,
  formulaIntro: 'How the scores are worked out:',
  formulaRules: [
    'Answers run from 1 (strongly disagree) to 5 (strongly agree).',
    'Each answer gives its source (answer − 1) ÷ 4, from 0 to 1. For a reversed statement, where agreeing means less of that source, it gives (5 − answer) ÷ 4.',
    'A source’s score is 100 × the mean of its answered statements, rounded to a whole number, so it runs from 0 to 100.',
    `A source is scored once at least ${MIN_ANSWERS_PER_SOURCE} of its 4 statements are answered; the profile shows when all four sources are scored.`,
    `Shape: functional side = mean of problem and opportunity; expressive side = mean of feeling and looking good. A gap of ${LEAN_POINTS} points or more is a lean; all scores under ${LOW_CEILING} is low; all ${BROAD_FLOOR} or more is broad; anything else is balanced.`,
    `Grid position: frequency and complexity of ${HIGH_FROM} or more count as high. The expectation for each corner is our reading of the essay, not a measured result.`,
  ],
  reversedHeading: 'Reversed statements:',
  assumptions:
    'Assumptions: the four sources come from Mark P. McDonald’s essay (“Beyond Social Media Marketing, Part 2”, 2012), who says he learned them through the Kano model. The statements, the scoring and the thresholds are ours; this is a prompt for discussion, not a validated survey instrument.',
  notices: {
    badAnswer: (key: string, raw: string) =>
      `Answer to ${key} ${raw} is not a whole number from 1 to 5; it was left unanswered.`,
    badPlace: (label: string, raw: string) => `${label} ${raw} is not a number; it was left empty.`,
  },
} as const;
