/** The words of the chapters' diagrams: labels, titles, text alternatives and captions, in English. */
export const diagramText = {
  /** The anxiety curve (chapter "anxiety-gap"), after McDonald (2012, Part 3). */
  anxietyCurve: {
    title: 'Anxiety across the gap between purchase and value',
    desc: "A line chart of anxiety, low at the bottom and high at the top, against time from left to right. A vertical line marks the decision to buy near the left. Two later vertical lines mark the moment of value: an early one for a short gap and a late one for a long gap, shaded between the decision and the late moment of value. The solid line, a long gap with no reassurance, is low before the decision, climbs steeply after it, stays high across most of the chart, and falls only when value arrives late, settling low afterwards. The dashed line, a shorter or reassured gap, rises after the decision to only about half the height of the solid line and falls back soon after the early moment of value, staying low afterwards. The area under the solid line stands for the anxiety customers carry. The shape is the handbook's illustration, not data.",
    longLabel: 'Long gap, no reassurance',
    shortLabel: 'Shorter, reassured gap',
    /** Each event on the time axis, in two short lines. */
    decision: ['Decision', 'to buy'],
    shortValue: ['Value', '(short gap)'],
    longValue: ['Value', '(long gap)'],
    before: 'Before',
    time: 'Time',
    after: 'After',
    low: 'Low',
    anxiety: 'Anxiety',
    high: 'High',
    caption:
      'Our reading: anxiety rises after the decision to buy and falls at the moment of value. A long gap with no reassurance (solid) keeps customers anxious for longer than a shorter or reassured gap (dashed). McDonald draws no curve; the shape is ours, an illustration, not a measurement.',
  },
  /** The spectrum plane (chapter "spectrum"), after McDonald (2012, Part 2). */
  spectrumPlane: {
    title: 'The customer experience spectrum: complexity by frequency',
    desc: (positions: string) =>
      `A square chart. The horizontal axis is frequency, from 0 (met rarely) on the left to 10 (bought or seen every day) on the right. The vertical axis is complexity, from 0 at the bottom to 10 at the top. Positions are approximate: ${positions}`,
    /** One reference product drawn as a span, for the text alternative. */
    span: (name: string, fFrom: string, fTo: string, cFrom: string, cTo: string) =>
      `${name}: a span from frequency ${fFrom} to ${fTo} and complexity ${cFrom} to ${cTo}`,
    /** One reference product drawn as a point, for the text alternative. */
    point: (name: string, f: string, c: string) => `${name}: frequency ${f}, complexity ${c}`,
    spanNote: 'a span across the plane',
    low: 'Low',
    high: 'High',
    frequency: 'Frequency: buying it or seeing it',
    complexity: 'Complexity',
    caption:
      "The customer experience spectrum. Frequency runs left to right and complexity bottom to top; the reference products from McDonald's 2012 essay are placed approximately, and cars span much of the plane. Our reading: the positions come from the essay's words, which give no numbers.",
  },
  /** The start sequence (chapter "where-to-start"), after Schultze. */
  startSequence: {
    title: 'Where to start: support first, marketing last',
    desc: 'A sequence of five steps from top to bottom. Step 1, support: fix what customers struggle with. Step 2, product development: turn what support learns into design. Step 3, procurement and logistics: use customer conversations as an early warning for supply. Step 4, sales: satisfied customers open doors. Step 5, marketing, last: amplify customers who have become advocates. Each step builds on the one before.',
    /** The five boxes, first to last: a function and what it gains from the step before. */
    steps: [
      { label: 'Support', note: 'Fix what customers struggle with' },
      { label: 'Product development', note: 'Turn support insight into design' },
      { label: 'Procurement and logistics', note: 'An early warning for supply' },
      { label: 'Sales', note: 'Satisfied customers open doors' },
      { label: 'Marketing', note: 'Amplify real advocates, last' },
    ],
    caption:
      'Where to start, after Axel Schultze: begin in support, carry what you learn into product development, procurement and logistics, then sales, and bring marketing in last, once there are happy customers to amplify.',
  },
} as const;
