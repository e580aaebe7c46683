/**
 * The prose of the trainers page. Strings marked "HTML" are our own markup, rendered with set:html;
 * they never hold anything a reader typed. Links inside them go through `to`, which turns a site path
 * into a link in the page's language; links to this page's own sections use its fixed ids (#agendas…).
 */
import { trainersText } from './trainers';

/** A root-relative site path ("/tools/") turned into a link in the page's language. */
export type Link = (path: string) => string;

/** The trainers page. */
export const trainersPage = {
  lead: 'The handbook is built to be taught from. Chapters and their sections have stable addresses, every tool keeps what was entered in its own address, any tool can fill a projector or sit inside your course page, and the whole site works in a room with no network. This page puts those pieces in the order a trainer needs them.',
  /** Section headings, by their fixed ids. */
  sections: {
    plan: 'Plan the session',
    agendas: 'Timed agendas for 60 and 90 minutes',
    links: 'Which links to share, and when',
    examples: 'Ready-made examples',
    present: 'Project a tool',
    embed: 'Put a tool in your course page',
    'kano-survey': 'Run a Kano survey with the group',
    offline: 'A room without internet',
    'section-links': 'Point to a chapter or a section',
  },
  /** HTML. */
  plan: (to: Link) =>
    `The closing chapter, <a href="${to('/chapters/putting-it-together/')}">Putting it together</a>, already holds the workshop itself: <a href="${to('/chapters/putting-it-together/#the-agenda')}">a 75-minute agenda</a> with the time, the tool and what each group produces at every step, and <a href="${to('/chapters/putting-it-together/#running-it-as-a-trainer')}">advice on running it</a>. Read it first. The <a href="#agendas">60- and 90-minute versions</a> are timed below; the rest of this page is what to prepare around them.`,
  /** HTML: the checklist; its last item ends with `handoutProfile` or `handoutPrint`. */
  planSteps: [
    '<strong>Pick a demonstration offering.</strong> Use one of the <a href="#examples">ready-made examples</a>, or fill in the four tools for an offering of your own and keep each tool\'s link.',
    '<strong>Choose the length.</strong> For 60 minutes, groups judge each feature themselves in the Kano step. For 90, run a <a href="#kano-survey">survey across the room</a> and prepare its file the day before.',
    '<strong>Check the room.</strong> You need a projector, one laptop per group of three to five, and a current browser. If the network is doubtful, bring the <a href="#offline">offline edition</a>.',
    '<strong>Write your links down</strong> in a slide or a short message, following the <a href="#links">table below</a>, so that nobody has to type an address.',
  ],
  /** HTML. */
  handout: '<strong>Plan the handout.</strong>',
  /** HTML. */
  handoutProfile: (to: Link) =>
    `The <a href="${to('/profile/')}">profile page</a> gathers what a group entered in every tool and prints it on one page.`,
  handoutPrint: "Each tool prints its current result from the browser's print command, without the site around it.",
  agendasIntro:
    "Both versions keep the steps of the 75-minute agenda in the same order, so the chapter's advice for each step still applies. Times are minutes from the start; stop each step on time, since an unfinished answer is still useful.",
  agendaCaption: (minutes: number, note: string) => `${minutes} minutes. ${note}`,
  agendaHead: { time: 'Time', step: 'Step', tool: 'Tool', produces: 'Each group produces' },
  /** The workshop's steps as timed for 60 and 90 minutes; the 75-minute version is in the closing chapter. */
  agendas: [
    {
      minutes: 60,
      note: 'Groups judge each feature themselves in the Kano step, and the readout is one minute per group.',
      steps: [
        {
          from: 0,
          to: 4,
          step: 'Choose the offering and segment',
          tool: 'None',
          produces: 'A one-sentence description',
        },
        {
          from: 4,
          to: 12,
          step: 'Place it on the grid',
          tool: 'Spectrum grid',
          produces: 'A position or span, one reason per axis',
        },
        {
          from: 12,
          to: 20,
          step: 'Profile its value',
          tool: 'Value quiz',
          produces: 'The profile and the two strongest sources',
        },
        {
          from: 20,
          to: 30,
          step: 'Classify three or four features, one answer pair each, from the group’s own judgement',
          tool: 'Kano classifier',
          produces: 'A category per feature; one feature to protect, one to add',
        },
        {
          from: 30,
          to: 40,
          step: 'Size the anxiety gap, today and with one fix',
          tool: 'Anxiety-gap calculator',
          produces: 'The index in both scenarios and its main driver',
        },
        {
          from: 40,
          to: 50,
          step: 'Decide who talks and where to start',
          tool: 'None',
          produces: 'An owner, its experts, and three first actions',
        },
        {
          from: 50,
          to: 60,
          step: 'Share back: one minute per group, then one surprise and one action each',
          tool: 'None',
          produces: 'The one-page profile',
        },
      ],
    },
    {
      minutes: 90,
      note: 'The room answers a live Kano survey, and the anxiety step compares three scenarios.',
      steps: [
        {
          from: 0,
          to: 5,
          step: 'Choose the offering and segment',
          tool: 'None',
          produces: 'A one-sentence description',
        },
        {
          from: 5,
          to: 15,
          step: 'Place it on the grid',
          tool: 'Spectrum grid',
          produces: 'A position or span, one reason per axis',
        },
        {
          from: 15,
          to: 25,
          step: 'Profile its value',
          tool: 'Value quiz',
          produces: 'The profile and the two strongest sources',
        },
        {
          from: 25,
          to: 35,
          step: 'Everyone answers the paired questions for every group’s features',
          tool: 'Kano survey file',
          produces: 'One row of answers per person',
        },
        {
          from: 35,
          to: 50,
          step: 'Classify the room’s survey and compare categories between groups',
          tool: 'Kano classifier, survey view',
          produces: 'Category, Better and Worse for four to six features',
        },
        {
          from: 50,
          to: 70,
          step: 'Size the anxiety gap: today and three changed scenarios',
          tool: 'Anxiety-gap calculator',
          produces: 'The index per scenario, the main driver, the best fix',
        },
        {
          from: 70,
          to: 80,
          step: 'Decide who talks and where to start',
          tool: 'None',
          produces: 'An ownership map and the start sequence with three first actions',
        },
        {
          from: 80,
          to: 90,
          step: 'Share back: two minutes per group, then compare groups that shared an offering',
          tool: 'None',
          produces: 'The one-page profile',
        },
      ],
    },
  ],
  linksIntro:
    'Share few links, and each at the moment it is needed. A link that arrives too early gets opened too early.',
  /** The rows of the links table; `share` is HTML. */
  linkRows: (to: Link) => [
    {
      when: 'A few days before',
      share: `<a href="${to('/chapters/spectrum/')}">The spectrum</a> chapter, or the whole reading order`,
      why: 'People arrive knowing the two axes, and the session goes on using them rather than defining them.',
    },
    {
      when: 'Opening, first five minutes',
      share: 'One example in the presentation view, on the projector',
      why: 'The room sees what a finished tool looks like before anyone starts typing.',
    },
    {
      when: 'At each step of the agenda',
      share: `The tool's own page, empty: the <a href="${to('/tools/')}">list of tools</a> links each one`,
      why: 'Every group starts from the same defaults, and the Reset button takes them back there.',
    },
    {
      when: 'When a group is stuck',
      share: 'The same tool, filled in with an example',
      why: 'A worked case to argue with is quicker than an explanation.',
    },
    {
      when: 'During a discussion',
      share: 'The link to one section, copied from the # beside its heading',
      why: 'Everyone lands on the same paragraph instead of scrolling for it.',
    },
    {
      when: 'Before the readout',
      share: "Ask each group to send you each tool's “Copy link to this result”",
      why: "You can open every group's result on the projector in turn, exactly as they left it.",
    },
  ],
  /** HTML. */
  board: (to: Link) =>
    `When the groups send you their “Copy link to this result” addresses, paste everything they sent into the <a href="${to('/board/')}">class board</a>: it puts every group on one spectrum grid and lines up their quiz profiles, anxiety indices and Kano verdicts for the projector.`,
  examples:
    'Three offerings that sit far apart on the spectrum, each already filled in across all four tools. The links carry the whole state in the address, so they open the same way on every laptop; “present” opens the same state in the presentation view. The positions, answers and figures are ours, invented for teaching, and meant to be argued with.',
  /** HTML. */
  present: [
    'Every tool page has a link, <strong>Present on a projector</strong>, just under its title. It opens the tool on its own, with larger type and controls, stronger contrast and nothing else on the screen, and it keeps what was entered. You can go on working in it in front of the room. <strong>Exit presentation</strong>, at the top, returns to the tool page with the same values.',
    "The browser's full-screen mode (usually F11) hides the last of the browser's own bars. The view follows the theme you chose in the handbook: light tends to read better in a bright room, dark in a dim one.",
  ],
  /** HTML. */
  embed: [
    'At the end of every tool page, <strong>Embed this tool</strong> gives a short piece of HTML with a copy button. Most learning platforms, wikis and site builders accept it in an HTML or embed block. The frame shows only the tool, filled in with whatever was on screen when you copied the code, plus two links that open the tool page and its chapter outside the frame.',
    "What a participant enters in a frame stays in their own browser. Some browsers keep a frame's saved state apart from the handbook's own, so ask people to use the tool's copy-link button to take a result with them.",
  ],
  kanoIntro:
    'In the 90-minute version, the Kano step runs on real answers from the room. Collecting them takes about ten minutes if the file is ready before the session.',
  /** HTML. */
  kanoNoSheet: (to: Link) =>
    `<strong>Without a spreadsheet:</strong> <a href="${to('/tools/kano/questionnaire/')}">build a questionnaire</a> from your features, show its QR code on the projector, and let people answer on their phones. Each person ends with a short response code and sends it to you by chat or email; paste the whole conversation into the same page and it finds the codes, counts them and classifies the features. Nothing passes through a server. The steps below are the spreadsheet route, which still works.`,
  /** HTML: the spreadsheet route; `survey` is the link to the Kano classifier's survey view. */
  kanoSteps: (to: Link, survey: string) => [
    `<a href="${to('/downloads/kano-template.csv')}" download>${trainersText.template}</a>. It has a respondent column and a pair of columns for each feature, one ending in “(functional)” and one in “(dysfunctional)”.`,
    'Rename the feature columns after your own four to six features, keeping both endings, and add columns for more features in the same way.',
    'Collect one row per person. A shared spreadsheet works well; so do answer cards that you type in during a break. For each feature, ask how they would feel if the offering had it, and how if it did not. Answers can be the five phrases from “I like it” to “I dislike it”, the single words like, expect, neutral, tolerate and dislike, or the numbers 1 to 5 in that order.',
    'Copy the rows, headings included, or save them as a CSV file. Commas, semicolons and tabs all work as separators, so a block copied straight from a spreadsheet is fine.',
    `<a href="${survey}">${trainersText.surveyMode}</a>, then paste the rows and classify them, or choose the file. Each feature gets its category counts, its category, its Better and Worse coefficients and a place on the chart. Files exported from survey tools are read as they are: check the proposed columns and answers, and change any that are wrong.`,
    "Discuss where the groups' intuitions from the 60-minute version would have differed, then download the results as CSV for the group's notes.",
  ],
  kanoUncertainty:
    "With a room's worth of answers, every figure is uncertain, and the tool shows how much. Point the group at three things. The interval beside Better and Worse is the range the answers allow: if two features' ranges overlap, the room cannot say which matters more. The test of the top category against the runner-up reads “not clear at 5 %” when the two could be level: a close call is not a category, so name both. If you compare segments (say managers and staff), a difference the test calls clear is worth discussing; one it does not is likely chance, and a segment of two or three people shows nothing on its own.",
  kanoPrivacy:
    'The answers never leave the browser: the file is read on the laptop and nothing is uploaded. To rehearse, the survey view has a sample survey you can load with one button.',
  /** HTML. */
  offline: (to: Link) =>
    `A training room without a reliable network is common enough to plan for. The <a href="${to('/offline/')}">Offline use</a> page explains both ways to take the handbook along.`,
  /** HTML. */
  offlineWays: (to: Link) => [
    `<strong>The offline edition</strong> is one zip file. <a href="${to('/offline/#download')}">Download it</a> before the day, copy it to a USB stick or a shared drive, and have each group extract it and open <code>index.html</code>. Chapters, tools, charts and search all work from the disk.`,
    `<strong>Installing from the browser</strong> suits laptops you can prepare in advance: open the handbook once while online, <a href="${to('/offline/#install')}">install it</a>, and the same addresses, example links included, keep working without a connection.`,
    `In the zip edition the example links on this page point to the online handbook. Either open the example on your own laptop before you go offline and present it from there, or let groups type the values in; the page on <a href="${to('/offline/#trainers')}">offline use for trainers</a> has more such tips.`,
  ],
  /** HTML. */
  sectionLinks:
    "A chapter's address is its name, such as <code>/chapters/anxiety-gap/</code>, and it will not change. Every section heading in a chapter, and on this page, ends with a small #. Activating it jumps to the section and copies the section's full address, ready to paste into a slide or a chat; a screen reader hears “Link copied”. Tool links carry the tool's state, so a link copied from a filled-in tool opens filled in.",
} as const;
