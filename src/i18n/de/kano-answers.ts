import type * as en from '../en/kano-answers';
import type { Translation } from '../types';

/**
 * German wordings of the five Kano answers, recognised in survey exports whatever the page's language
 * (recognition data, not UI text). Each set runs from like to dislike, as the English table does.
 *
 * First the wordings German Kano questionnaires use most ("Das würde mich sehr freuen … Das würde mich
 * sehr stören"), with their common variants; then the four answer sets of Berger et al. (1993) in German, our own
 * rendering, since German surveys translate them in more than one way.
 */
export const kanoAnswers: Translation<typeof en.kanoAnswers> = {
  // German files keep the English template words, which every Kano tool reads (as they did before).
  templateWords: {
    like: 'I like it',
    expect: 'I expect it',
    neutral: 'I am neutral',
    tolerate: 'I can tolerate it',
    dislike: 'I dislike it',
  },
  sets: [
    [
      'Das würde mich sehr freuen',
      'Das setze ich voraus',
      'Das ist mir egal',
      'Das könnte ich in Kauf nehmen',
      'Das würde mich sehr stören',
    ],
    [
      'Das würde mich freuen',
      'Das muss so sein',
      'Das wäre mir egal',
      'Das nehme ich in Kauf',
      'Das würde mich stören',
    ],
    [
      'Das freut mich',
      'Das setze ich als selbstverständlich voraus',
      'Ist mir egal',
      'Das könnte ich hinnehmen',
      'Das stört mich',
    ],
    [
      'Das würde mir gefallen',
      'Das erwarte ich',
      'Das ist mir gleichgültig',
      'Das würde mich nicht stören',
      'Das würde mir missfallen',
    ],
    // Berger et al. (1993), set 1.
    ['Das gefällt mir so', 'Das muss so sein', 'Ich bin neutral', 'Damit kann ich leben', 'Das gefällt mir so nicht'],
    // Set 2.
    [
      'Das genieße ich so',
      'Das ist eine Grundvoraussetzung oder ich erwarte es so',
      'Ich bin neutral',
      'Das gefällt mir nicht, aber ich kann damit leben',
      'Das gefällt mir nicht, und ich kann es nicht akzeptieren',
    ],
    // Set 3.
    [
      'Das wäre für mich sehr hilfreich',
      'Das ist für mich eine Grundvoraussetzung',
      'Das würde mich nicht berühren',
      'Das wäre eine kleine Unannehmlichkeit',
      'Das wäre für mich ein großes Problem',
    ],
    // Set 4.
    ['Das gefällt mir', 'Das erwarte ich', 'Ich bin neutral', 'Das kann ich tolerieren', 'Das gefällt mir nicht'],
    // The wordings the handbook's German answering page offers (tests/unit/kano-own-wordings.test.ts
    // holds the two together), where they differ from the sets above.
    [
      'Das gefällt mir sehr',
      'Das ist unverzichtbar, oder ich erwarte es so',
      'Das würde für mich nichts ändern',
      'Das könnte ich eventuell in Kauf nehmen',
      'Das gefällt mir nicht, und ich kann es nicht hinnehmen',
    ],
  ],
  /**
   * Short German forms and further spellings, as keys (lower case, umlauts as ae/oe/ue, ß as ss,
   * letters only), one list per answer from like to dislike.
   */
  short: [
    ['freuen', 'freutmich', 'wuerdemichfreuen', 'sehrfreuen', 'begeistert', 'gefaelltmir', 'gefallen'],
    [
      'voraussetzen',
      'vorausgesetzt',
      'setzeichvoraus',
      'musssosein',
      'musssein',
      'selbstverstaendlich',
      'erwarten',
      'erwarteich',
      'grundvoraussetzung',
    ],
    ['egal', 'istmiregal', 'neutral', 'gleichgueltig'],
    [
      'hinnehmen',
      'inkaufnehmen',
      'nehmeichinkauf',
      'koennteichhinnehmen',
      'tolerieren',
      'damitlebenkoennen',
      'damitkannichleben',
      'ertragen',
      'stoertmichnicht',
    ],
    ['stoeren', 'stoertmich', 'wuerdemichstoeren', 'sehrstoeren', 'gefaelltmirnicht', 'missfaellt', 'missfaelltmir'],
  ],
};
