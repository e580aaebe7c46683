/**
 * The words of the questions in the chapters, by id (the ids, right answers and models are in
 * src/lib/learn/questions.ts). Each has the heading id of the passage it tests (`anchor`), a prompt, and
 * either choices, each with one sentence of feedback, or a field label and an explanation. A
 * predict-first question names the case it opens in its tool (`caseName`).
 */
export const questionsText = {
  'ba-attention': {
    anchor: 'attention-is-not-experience',
    prompt: 'In McDonald’s warning, what do likes, clicks and mentions measure?',
    choices: [
      { label: 'Attention', why: 'Right: they count attention, which is only where an experience begins.' },
      {
        label: 'The customer experience',
        why: 'Not quite: the experience is what happens after the click, which these counts do not see.',
      },
      {
        label: 'The value customers got',
        why: 'No: whether customers got what they paid for is exactly what a count of likes cannot tell.',
      },
    ],
  },
  'ba-four-parts': {
    anchor: 'the-framework-in-brief',
    prompt: 'Which of these is not one of the framework’s four parts?',
    choices: [
      { label: 'Where the offering sits', why: 'It is a part: complexity and frequency place the offering.' },
      { label: 'The wait for value', why: 'It is a part: the stretch before value is the anxiety gap.' },
      {
        label: 'The size of the marketing budget',
        why: 'Right: the budget is not one of the four parts; the framework looks past marketing.',
      },
      { label: 'Who does the work', why: 'It is a part: the last essays ask which functions serve customers.' },
    ],
  },
  'ba-moment': {
    anchor: 'a-telescope-start-to-finish',
    prompt: 'In the telescope example, when does the buyer reach the moment of value?',
    choices: [
      { label: 'When the box arrives', why: 'Not yet: the box comes in a cloudy week, and the doubt starts there.' },
      {
        label: 'The first time Saturn comes into view',
        why: 'Right: that first sight is what the buyer paid for, and some never get there.',
      },
      { label: 'When the payment goes through', why: 'No: paying opens the gap; value comes later.' },
    ],
  },
  'ba-lead-ins': {
    anchor: 'how-to-read-it',
    prompt: 'What follows a passage that opens with “The handbook’s model:”?',
    choices: [
      {
        label: 'A formula, weights or scores the handbook adds',
        why: 'Right: that lead-in marks numbers of our own, which the essays do not give.',
      },
      { label: 'A quotation from the essays', why: 'No: the handbook paraphrases and names the author instead.' },
      {
        label: 'A summary of McDonald’s claims',
        why: 'No: his claims are attributed to him by name; the lead-in marks our own additions.',
      },
    ],
  },
  'sp-axes': {
    anchor: 'two-axes',
    prompt: 'Which two dimensions place an offering on the customer experience spectrum?',
    choices: [
      { label: 'Complexity and frequency', why: 'Right: what it takes to get the value, and how often it is met.' },
      { label: 'Price and margin', why: 'No: neither axis is about money; a cheap item can still be complex.' },
      { label: 'Market size and growth', why: 'No: the plane describes the customer’s experience, not the market.' },
    ],
  },
  'sp-handbag': {
    anchor: 'frequency',
    prompt: 'Why does a handbag sit near groceries on the frequency axis?',
    choices: [
      {
        label: 'It is bought about as often',
        why: 'No: a handbag is bought rarely; buying is not the only encounter.',
      },
      {
        label: 'It is carried and seen every day',
        why: 'Right: frequency counts seeing an offering as well as buying it.',
      },
      { label: 'It costs about as much', why: 'No: price is not part of frequency at all.' },
    ],
  },
  'sp-span': {
    anchor: 'offerings-that-span-the-plane',
    prompt: 'A car is a rare, complex purchase and also met every day. How does the handbook mark it?',
    choices: [
      { label: 'As a span, a range on the plane', why: 'Right: a span shows an offering with several experiences.' },
      { label: 'As the average of the two points', why: 'No: an average would describe neither experience.' },
      { label: 'As an error in the plane', why: 'No: the chapter says a span is not a flaw but a finding.' },
    ],
  },
  'sp-mortgage': {
    anchor: 'a-mortgage',
    prompt:
      'Predict first: a mortgage at 1 on frequency and 8.5 on complexity. Which third of each axis does it fall in?',
    caseName: 'Mortgage',
    choices: [
      {
        label: 'Rare and complex',
        why: 'Right: 1 is in the lowest third of frequency and 8.5 in the highest third of complexity.',
      },
      { label: 'Frequent and simple', why: 'No: that is the opposite corner, where snacks and groceries sit.' },
      { label: 'In the middle of both axes', why: 'No: both scores are far from the middle third (3.5 to 6.5).' },
    ],
  },
  'sp-visible': {
    anchor: 'what-a-position-suggests',
    prompt: 'At high frequency and low complexity, where does value tend to go?',
    choices: [
      { label: 'Toward the visible: brand and style', why: 'Right: what the offering says about its owner counts.' },
      {
        label: 'Toward private value felt over time',
        why: 'No: that is the rare, complex corner, where the gap is long.',
      },
      { label: 'Toward anxiety and churn', why: 'No: those are the risks of the rare, complex corner.' },
    ],
  },
  'fs-opportunity': {
    anchor: 'enabling-an-opportunity',
    prompt: 'A language course taken before a move abroad mainly gives which source of value?',
    choices: [
      { label: 'Enabling an opportunity', why: 'Right: nothing was broken; the learner can now do something new.' },
      { label: 'Solving a problem', why: 'Not quite: no problem is fixed; a door that was closed opens.' },
      { label: 'Looking good', why: 'Not mainly: how others see the learner is not the point of the course.' },
    ],
  },
  'fs-frequent': {
    anchor: 'how-value-moves-across-the-spectrum',
    prompt: 'By McDonald’s general rule, the more often people meet an offering, the more its value…',
    choices: [
      { label: 'is felt inwardly, over years', why: 'No: that is the rare, complex end, such as a pension.' },
      { label: 'shifts toward what others see', why: 'Right: frequent offerings move into brands and lifestyles.' },
      { label: 'depends on solving a problem', why: 'No: the rule is about feeling and looking good moving outward.' },
    ],
  },
  'fs-pair-neutral': {
    anchor: 'the-evaluation-table',
    prompt:
      'Predict first: one customer answers “I like it” if a feature is there and “I am neutral” if it is not. Which category?',
    caseName: 'Feature',
    choices: [
      {
        label: 'Attractive (A)',
        why: 'Right: liked when present and not missed when absent is the attractive cell.',
      },
      { label: 'One-dimensional (O)', why: 'No: that needs “I dislike it” when the feature is missing.' },
      { label: 'Must-be (M)', why: 'No: must-be is expected, not liked, and its absence is disliked.' },
      { label: 'Indifferent (I)', why: 'No: this customer likes the feature, so they are not indifferent.' },
    ],
  },
  'fs-pair-dislike': {
    anchor: 'the-evaluation-table',
    prompt: '“I like it” if the feature is there, “I dislike it” if it is not: which category?',
    choices: [
      { label: 'Attractive (A)', why: 'No: an attractive feature is not missed; this one is.' },
      {
        label: 'One-dimensional (O)',
        why: 'Right: liked when present and disliked when absent, the more the better.',
      },
      { label: 'Must-be (M)', why: 'No: a must-be feature is expected, not liked, when present.' },
      { label: 'Indifferent (I)', why: 'No: the customer cares strongly both ways.' },
    ],
  },
  'fs-better': {
    anchor: 'better-and-worse',
    prompt:
      'A feature’s answers come out as 4 attractive, 2 one-dimensional, 3 must-be, 1 indifferent and 2 questionable. What is its Better coefficient?',
    label: 'Better (0 to 1, two decimals)',
    explain: 'Better = (A + O) / (A + O + M + I) = 6 / 10 = 0.60; questionable answers are left out.',
  },
  'fs-worse': {
    anchor: 'better-and-worse',
    prompt: 'Same feature (4 A, 2 O, 3 M, 1 I, 2 Q): what is its Worse coefficient?',
    label: 'Worse (−1 to 0, two decimals)',
    explain: 'Worse = −(O + M) / (A + O + M + I) = −5 / 10 = −0.50.',
  },
  'ag-where': {
    anchor: 'the-gap',
    prompt: 'Where does anxiety arise, in McDonald’s account?',
    choices: [
      {
        label: 'Between deciding to buy and the moment of value',
        why: 'Right: that stretch is what the handbook calls the anxiety gap.',
      },
      { label: 'While comparing offers before buying', why: 'No: the gap opens with the decision to buy.' },
      { label: 'After the value has arrived', why: 'No: once the value is real, the doubt has an answer.' },
    ],
  },
  'ag-dimensions': {
    anchor: 'the-gap',
    prompt: 'Which two dimensions does the gap have?',
    choices: [
      { label: 'Frequency and complexity', why: 'No: those are the axes of the spectrum, not of the gap.' },
      {
        label: 'Length in time, and size and expense',
        why: 'Right: a longer wait or a bigger stake leaves more room for doubt.',
      },
      { label: 'Brand and price', why: 'No: a strong brand does not shorten the wait for value.' },
    ],
  },
  'ag-churn': {
    anchor: 'counterpoints',
    prompt: 'Which lost customer is the weakest sign of anxiety in the gap?',
    choices: [
      {
        label: 'A member who stops coming by March',
        why: 'No: that is the gym example’s typical case of a wide gap.',
      },
      { label: 'A buyer who returns a telescope unused', why: 'No: that fits a long wait with no moment of value.' },
      {
        label: 'A customer who cancels after moving house',
        why: 'Right: not all churn is anxiety; some customers simply no longer need the offering.',
      },
    ],
  },
  'ag-shorter': {
    anchor: 'a-model-not-a-formula',
    prompt:
      'Predict first: in the calculator’s starting case, halve the wait for value from 8 weeks to 4 and change nothing else. The anxiety index…',
    caseName: 'Shorter wait',
    choices: [
      { label: 'falls', why: 'Right: in the handbook’s model a shorter wait leaves less room for doubt.' },
      { label: 'rises', why: 'No: the model never scores a shorter gap higher, all else equal.' },
      { label: 'stays the same', why: 'No: time to value is one of the model’s inputs, so the index moves.' },
    ],
  },
  'ag-index': {
    anchor: 'a-model-not-a-formula',
    prompt: 'What does the calculator’s anxiety index let you do?',
    choices: [
      { label: 'Measure how anxious customers are', why: 'No: the chapter says it does not measure that.' },
      {
        label: 'Compare scenarios for one offering',
        why: 'Right: it compares scenarios under stated weights, and shows them.',
      },
      { label: 'Tell what share of churn anxiety causes', why: 'No: the index cannot split churn by cause.' },
    ],
  },
  'bd-measure': {
    anchor: 'the-broadcast-era',
    prompt: 'What was the measure of broadcast marketing?',
    choices: [
      { label: 'Awareness', why: 'Right: any channel that spread the brand’s name among likely buyers would do.' },
      { label: 'Replies from customers', why: 'No: broadcast was one-way; the audience could hardly reply.' },
      { label: 'Value the customer got', why: 'No: whether buyers got value was out of sight.' },
    ],
  },
  'bd-permission': {
    anchor: 'the-broadcast-era',
    prompt: 'How does the essay describe permission marketing?',
    choices: [
      { label: 'Marketing that buys attention', why: 'No: buying attention is what outbound does.' },
      { label: 'Marketing the customer pays for', why: 'No: permission is about consent, not payment.' },
      {
        label: 'Marketing whose target can decline to hear it',
        why: 'Right: the person can refuse, which broadcast seldom allowed.',
      },
    ],
  },
  'bd-inbound': {
    anchor: 'inbound-is-not-yet-dialogue',
    prompt: 'Why is inbound marketing not yet dialogue, in the essay’s reading?',
    choices: [
      { label: 'It avoids social networks', why: 'No: it works on the same networks that let people talk.' },
      {
        label: 'It draws people to the company’s message without a conversation',
        why: 'Right: content answers the question the company expects, not the one asked.',
      },
      { label: 'It interrupts people with advertising', why: 'No: that is outbound, its opposite.' },
    ],
  },
  'bd-steps': {
    anchor: 'everyone-is-a-marketer-now',
    prompt: 'Which three steps does the McKinsey article give?',
    choices: [
      {
        label: 'Design, build, operate and renew',
        why: 'Right: from the customer’s journey to running and changing it.',
      },
      { label: 'Attract, convert, retain', why: 'No: that is a funnel, not the article’s process.' },
      { label: 'Plan, do, check', why: 'No: the article’s steps start from the customer’s journey.' },
    ],
  },
  'wo-experts': {
    anchor: 'why-experts-make-better-content',
    prompt: 'Why do experts outside marketing make better content, in the column’s view?',
    choices: [
      {
        label: 'They have first-hand contact with the offering',
        why: 'Right: they know why people buy and how they use it, and it shows.',
      },
      { label: 'They cost less than marketers', why: 'No: the column argues from knowledge, not cost.' },
      { label: 'They post more often', why: 'No: the point is that they tell readers something new.' },
    ],
  },
  'wo-owner': {
    anchor: 'customer-service-as-owner',
    prompt: 'Which function does the column pick to own the social initiative?',
    choices: [
      { label: 'Marketing', why: 'No: the column doubts that marketing is the right owner.' },
      { label: 'Customer service', why: 'Right: public complaints then reach the same queue as every other.' },
      {
        label: 'A new social customer service department',
        why: 'No: the column calls that the worst thing a company could do.',
      },
    ],
  },
  'wo-roles': {
    anchor: 'ownership-is-not-doing-all-the-talking',
    prompt: 'Which three roles does the chapter separate for each touchpoint?',
    choices: [
      { label: 'Author, editor, publisher', why: 'No: those are roles of content, not of ownership.' },
      { label: 'Marketing, sales, service', why: 'No: those are functions; any of them can hold a role.' },
      { label: 'Owner, contributors, voice', why: 'Right: who is accountable, who answers, who speaks in public.' },
    ],
  },
  'wo-map': {
    anchor: 'worked-example-running-shoes',
    prompt: 'In the running-shoe ownership map, how many of the five touchpoints does marketing own?',
    choices: [
      { label: 'One', why: 'Right: only the personal-best posts; customer service owns the other four.' },
      { label: 'Three', why: 'No: fit, delivery, faults and choosing all belong to customer service.' },
      { label: 'All five', why: 'No: that is the default playbook the chapter questions.' },
    ],
  },
  'ws-first': {
    anchor: 'support-first',
    prompt: 'Where does Schultze say a company should start its social effort?',
    choices: [
      { label: 'In support', why: 'Right: that is where experiences go wrong, so it comes first.' },
      { label: 'In marketing', why: 'No: he counts starting in marketing as probably the biggest mistake.' },
      { label: 'In sales', why: 'No: sales comes late in his order, just before marketing.' },
    ],
  },
  'ws-early': {
    anchor: 'procurement-and-logistics',
    prompt: 'What do customers’ posts give procurement and logistics, in Schultze’s account?',
    choices: [
      { label: 'A sales channel', why: 'No: the posts matter to these teams as signals, not orders.' },
      { label: 'A lower price for materials', why: 'No: the essay speaks of warnings, not discounts.' },
      {
        label: 'An early warning system',
        why: 'Right: a post about a late delivery can come before any internal report.',
      },
    ],
  },
  'ws-last': {
    anchor: 'sales-then-marketing',
    prompt: 'Why does marketing come last in Schultze’s order?',
    choices: [
      { label: 'It is the most expensive step', why: 'No: his reason is what marketing needs, not what it costs.' },
      {
        label: 'It needs customers willing to speak for the company',
        why: 'Right: advocates come from the steps before it.',
      },
      { label: 'It matters least', why: 'No: it matters, but it works best with happy customers behind it.' },
    ],
  },
  'ws-objectives': {
    anchor: 'the-six-step-framework',
    prompt: 'Which of the six steps comes first?',
    choices: [
      { label: 'Business objectives', why: 'Right: decide what the business needs before choosing channels.' },
      { label: 'Measure and tune', why: 'No: that is the last step, which loops back to the first.' },
      { label: 'Strategy development', why: 'No: strategy comes after objectives and the assessment.' },
    ],
  },
  'pt-segment': {
    anchor: 'before-you-begin',
    prompt: 'Why name one segment of customers before placing an offering?',
    choices: [
      {
        label: 'Complexity and anxiety vary by customer',
        why: 'Right: a named segment keeps a group from arguing past each other.',
      },
      { label: 'The tools accept only one segment', why: 'No: the reason is the customers, not the tools.' },
      { label: 'It makes the survey cheaper', why: 'No: the chapter gives no cost reason.' },
    ],
  },
  'pt-solar': {
    anchor: 'place-it-on-the-grid',
    prompt:
      'Predict first: rooftop solar, frequency 1 for the purchase to 8 for the daily app, complexity 7. How many regions of the grid does it reach?',
    caseName: 'Rooftop solar',
    choices: [
      { label: 'One region', why: 'No: a range from 1 to 8 crosses all three thirds of frequency.' },
      {
        label: 'Several regions',
        why: 'Right: like the car, it is a span, from rare to frequent at high complexity.',
      },
    ],
  },
  'pt-cleaning': {
    anchor: 'classify-its-features',
    prompt:
      'Two more buyers judge the panel-cleaning service: now 2 attractive, 3 one-dimensional, 1 must-be and 6 indifferent. What is its Better coefficient?',
    label: 'Better (0 to 1, two decimals)',
    explain: 'Better = (2 + 3) / (2 + 3 + 1 + 6) = 5 / 12, about 0.42.',
  },
  'pt-index': {
    anchor: 'size-the-anxiety-gap',
    prompt: 'What can the anxiety index tell a group about solar?',
    choices: [
      { label: 'How much of the churn is anxiety', why: 'No: the chapter says the index cannot tell that.' },
      { label: 'How much money anxiety costs', why: 'No: it is not a share of churn or of money.' },
      {
        label: 'Whether an improved scenario lowers the pressure',
        why: 'Right: it compares scenarios for one offering under stated weights.',
      },
    ],
  },
} as const;
