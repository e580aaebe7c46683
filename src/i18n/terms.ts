/**
 * The handbook's terminology: per concept the English term, the German term, and the variants we decided
 * against, each with its reason. This table is the one source for both languages' terms: chapters, glossary,
 * string tables and tool texts use the term given here, and tests/unit/german-text.test.ts fails on any
 * rejected variant it finds in that language's text. Add a row before using a new term.
 */

/** A variant we decided against, and why. */
export interface RejectedTerm {
  /** The word or phrase, matched whole words, case-insensitive, with German inflection endings. */
  readonly text: string;
  /** One line: why it is not the term. */
  readonly why: string;
  /** Also reject compounds that start with it ("Umfrage" catches "Umfragemodus"). */
  readonly compounds?: true;
  /**
   * False when a word match cannot tell the wrong use from a right one (the word is the term of another
   * concept); such a variant is listed to be looked for by eye, and the test does not search for it.
   */
  readonly checked?: false;
}

/** One concept in both languages. */
export interface Term {
  readonly en: string;
  readonly de: string;
  /** When and how the German term is used, where the term alone does not say. */
  readonly note?: string;
  readonly rejected?: { readonly en?: readonly RejectedTerm[]; readonly de?: readonly RejectedTerm[] };
}

/** Every term, grouped by subject: the spectrum, value, the anxiety gap, organisation, Kano, tools, pages. */
export const TERMS: readonly Term[] = [
  // The spectrum
  { en: 'customer experience spectrum', de: 'Spektrum des Kundenerlebnisses', note: 'short: das Spektrum' },
  { en: 'complexity / frequency', de: 'Komplexität / Häufigkeit' },
  { en: 'offering', de: 'Angebot' },
  { en: 'reference product', de: 'Referenzprodukt' },
  { en: 'span', de: 'Spanne' },
  {
    en: 'plane (of the spectrum grid)',
    de: 'Fläche',
    note: 'its nine regions: Feld, neun Felder',
    rejected: {
      de: [
        {
          text: 'Ebene',
          why: 'In business German "Ebene" is first a level or tier (Führungsebene); the grid is an area, and the tool says Fläche.',
        },
      ],
    },
  },
  {
    en: 'buying a home (reference product)',
    de: 'Immobilienkauf',
    rejected: {
      de: [
        {
          text: 'Hauskauf',
          why: 'Most German buyers of a home buy a flat; Immobilienkauf covers both and is the grid tool’s label.',
        },
      ],
    },
  },
  {
    en: 'ready-made example (preset) / meal-kit subscription / mortgage',
    de: 'Beispiel / Kochbox-Abo / Baufinanzierung',
  },
  { en: 'a grid position’s reading (not the lead-in “Our reading:”)', de: 'Deutung' },
  // Value
  { en: 'four sources of value', de: 'vier Wertquellen' },
  { en: 'solving a problem / enabling an opportunity', de: 'ein Problem lösen / eine Chance eröffnen' },
  { en: 'feeling good / looking good', de: 'sich gut fühlen / gut dastehen' },
  { en: 'intrinsic / extrinsic value', de: 'intrinsischer / extrinsischer Wert' },
  { en: 'value profile / quiz statement', de: 'Wertprofil / Aussage' },
  {
    en: 'score (value quiz, 0–100)',
    de: 'Punkte, Punktzahl (0–100)',
    note: 'Punkte is the unit of the quiz score and of the anxiety index only, never of a difference of shares',
  },
  {
    en: 'Likert scale, strongly disagree … strongly agree',
    de: 'Trifft gar nicht zu / Trifft eher nicht zu / Teils, teils / Trifft eher zu / Trifft voll zu',
  },
  // The anxiety gap
  { en: 'anxiety gap', de: 'Unsicherheitslücke' },
  { en: 'anxiety (index)', de: 'Verunsicherung (Verunsicherungsindex)' },
  { en: 'buyer’s remorse', de: 'Kaufreue' },
  { en: 'moment of value', de: 'Wertmoment' },
  { en: 'time to value', de: 'Zeit bis zum Wertmoment' },
  {
    en: 'reassurance',
    de: 'Bestärkung',
    note: 'as a verb: Sicherheit vermitteln, bestärken',
    rejected: {
      de: [
        {
          text: 'Rückversicherung',
          why: 'Reads first as reinsurance, and the chapters speak of insurance; German practice says Bestärkung or Sicherheit vermitteln.',
        },
      ],
    },
  },
  { en: 'return window', de: 'Rückgabefrist' },
  { en: 'churn', de: 'Abwanderung' },
  { en: 'revenue at risk', de: 'gefährdeter Umsatz' },
  { en: 'touchpoint', de: 'Kontaktpunkt' },
  { en: 'onboarding (basic / guided)', de: 'Onboarding (einfach / begleitet)' },
  { en: '(size of the) commitment', de: '(Größe der) Verpflichtung' },
  { en: 'anxiety-gap scenarios: today / with changes', de: 'Heute / Mit Änderungen' },
  // Customers, marketing and the organisation
  { en: 'community of customers', de: 'Kundengemeinschaft' },
  { en: 'social consumer / social customer service', de: 'vernetzter Kunde / Kundenservice in sozialen Medien' },
  { en: 'customer-centric marketing', de: 'kundenzentriertes Marketing' },
  { en: 'broadcast / dialogue', de: 'Sendung (Rundfunkprinzip) / Dialog' },
  {
    en: 'engagement (with customers: design, build, operate and renew)',
    de: 'Interaktion (mit Kunden)',
    note: 'Schultze’s “strategic engagement” in social media stays strategisches Engagement',
  },
  {
    en: 'customer decision journey',
    de: 'Entscheidungsweg',
    rejected: {
      de: [
        {
          text: 'Entscheidungsreise',
          why: 'A word-for-word calque of "journey"; German marketing says Entscheidungsweg or keeps "Customer Journey".',
        },
      ],
    },
  },
  {
    en: 'marketers',
    de: 'Marketer',
    note: 'plural Marketer; in a formal sentence also Marketingverantwortliche',
    rejected: {
      de: [
        {
          text: 'Marketingleute',
          why: 'Colloquial; the trade press and McKinsey’s German readers say Marketer.',
        },
      ],
    },
  },
  { en: 'subject-matter expert', de: 'Fachexperte' },
  { en: 'ownership map', de: 'Zuständigkeitskarte' },
  { en: 'owner / contributor / voice (ownership map)', de: 'zuständig / mitwirkend / Stimme' },
  { en: 'start sequence', de: 'Startreihenfolge' },
  { en: 'early-warning system', de: 'Frühwarnsystem' },
  {
    en: 'six-step framework: objectives, assessment, strategy, execution plan, budgets and ROI, measure and tune',
    de: 'Ziele, Bestandsaufnahme, Strategie, Umsetzungsplan, Budgets und ROI, Messen und Nachsteuern',
  },
  {
    en: 'support, product development, procurement and logistics, sales, marketing',
    de: 'Kundenservice, Produktentwicklung, Einkauf und Logistik, Vertrieb, Marketing',
  },
  { en: 'company function (support, sales …)', de: 'Abteilung' },
  { en: 'operations', de: 'Betrieb' },
  // Kano
  { en: 'Kano model', de: 'Kano-Modell' },
  { en: 'functional / dysfunctional question', de: 'funktionale / dysfunktionale Frage' },
  { en: 'attractive (A)', de: 'Begeisterungsanforderung (A)' },
  { en: 'one-dimensional (O)', de: 'Leistungsanforderung (O)' },
  { en: 'must-be (M)', de: 'Basisanforderung (M)' },
  { en: 'indifferent (I)', de: 'indifferentes Merkmal (I)' },
  { en: 'reverse (R)', de: 'Rückweisungsmerkmal (R)', note: 'the category of a feature' },
  {
    en: 'reverse answers (the flag on a feature with many answer pairs in R)',
    de: 'rückweisende Antworten',
    note: 'the flag counts answers, so it names answers: „Viele rückweisende Antworten“',
    rejected: {
      de: [
        {
          text: 'Viele Rückweisungsmerkmale',
          why: 'A Merkmal is a feature, the flag counts one feature’s answers; Rückweisungsmerkmal stays the category’s name.',
        },
      ],
    },
  },
  { en: 'questionable (Q)', de: 'fragwürdige Antwort (Q)' },
  { en: 'evaluation table', de: 'Auswertungstabelle' },
  { en: 'Better / Worse coefficient', de: 'Better-Koeffizient / Worse-Koeffizient' },
  { en: 'category strength', de: 'Kategoriestärke' },
  {
    en: 'runner-up (category)',
    de: 'zweithäufigste Kategorie',
    note: '„häufigste gegen zweithäufigste“ for the test of the top category against the runner-up',
    rejected: {
      de: [
        { text: 'Zweitplatzierte', why: 'A word from sports rankings; the category is the second most frequent.' },
        { text: 'erste gegen zweite', why: 'Ordinals without a noun leave open what is counted.' },
        {
          text: 'zweitstärkste',
          why: 'Stärke names the gap between the two (Kategoriestärke); the runner-up is the second most frequent.',
        },
      ],
    },
  },
  {
    en: 'percentage points (category strength, mixed margin)',
    de: 'Prozentpunkte',
    rejected: {
      de: [
        {
          text: 'Stärke (Punkte)',
          why: 'A difference of two shares is in Prozentpunkte; Punkte alone is the quiz score’s unit.',
        },
        {
          text: 'Punkte',
          why: 'For a category strength say Prozentpunkte; Punkte stays the quiz score’s and the anxiety index’s unit.',
          checked: false,
        },
      ],
    },
  },
  {
    en: 'feature (Kano) / respondent',
    de: 'Merkmal / befragte Person (pl. Befragte)',
  },
  {
    en: 'survey',
    de: 'Befragung',
    note: 'Kundenbefragung',
    rejected: {
      de: [
        {
          text: 'Umfrage',
          why: 'An Umfrage is an opinion poll; German Kano practice (Sauerwein, Matzler, Hinterhuber) speaks of a Befragung.',
          compounds: true,
        },
      ],
    },
  },
  {
    en: 'survey view (of the Kano classifier)',
    de: 'Befragungsansicht',
    note: 'its other view: ein Antwortpaar',
    rejected: {
      en: [
        { text: 'survey mode', why: 'The classifier has two views, and the pages call the second the survey view.' },
      ],
      de: [
        {
          text: 'Befragungsmodus',
          why: 'The classifier has two views; the pages call the second die Befragungsansicht.',
        },
      ],
    },
  },
  { en: 'questionnaire', de: 'Fragebogen' },
  {
    en: 'answer set / response code / person running the questionnaire',
    de: 'Antwortskala / Antwortcode / die Person, die die Befragung leitet',
  },
  {
    en: 'Kano answers used here (like / expect / neutral / tolerate / dislike)',
    de: 'Das würde mich freuen / Das setze ich voraus / Das ist mir egal / Das nehme ich in Kauf / Das würde mich stören',
  },
  {
    en: 'Kano answers, the common German set (Sauerwein et al.): like / must-be / neutral / live-with / dislike',
    de: 'Das würde mich sehr freuen / Das setze ich voraus / Das ist mir egal / Das könnte ich eventuell in Kauf nehmen / Das würde mich sehr stören',
  },
  { en: 'importance / mixed (flag)', de: 'Wichtigkeit / gemischt' },
  {
    en: 'Wilson interval / exact binomial test / chi-square test / degrees of freedom',
    de: 'Wilson-Intervall / exakter Binomialtest / Chi-Quadrat-Test / FG (Freiheitsgrade)',
  },
  { en: 'continuous scores (Kano)', de: 'kontinuierliche Werte' },
  // Tools and pages
  {
    en: 'value quiz / Kano classifier / anxiety-gap calculator / spectrum grid / profile',
    de: 'Wert-Quiz / Kano-Klassifikator / Unsicherheitsrechner / Spektrum-Raster / Angebotsprofil',
  },
  {
    en: 'Our reading: / The handbook’s model: / Model answer / Exercise',
    de: 'Unsere Lesart: / Das Modell dieses Handbuchs: / Musterlösung / Übung',
  },
  {
    en: 'trainers (the page, its nav entry, the readers it addresses)',
    de: 'Trainerinnen und Trainer',
    note: 'the page: „Für Trainerinnen und Trainer“, in running text „die Seite für Trainerinnen und Trainer“',
    rejected: {
      de: [
        {
          text: 'Lehrende',
          why: 'A university and school word; the readers are corporate trainers, who expect Trainerinnen und Trainer.',
        },
        { text: 'Seite für Trainer', why: 'The page addresses women and men: Seite für Trainerinnen und Trainer.' },
      ],
    },
  },
  { en: 'workshop agenda', de: 'Ablauf' },
  { en: 'class board', de: 'Klassenübersicht', note: 'short: die Übersicht' },
  {
    en: 'tool / embed / presentation view / offline edition',
    de: 'Werkzeug / einbetten / Präsentationsansicht / Offline-Ausgabe',
  },
];

/** The rejected variants of one language, each with the term to use instead. */
export function rejectedTerms(lang: 'en' | 'de'): { readonly variant: RejectedTerm; readonly use: string }[] {
  return TERMS.flatMap((t) => (t.rejected?.[lang] ?? []).map((variant) => ({ variant, use: t[lang] })));
}
