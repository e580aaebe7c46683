/**
 * The English wordings of the five Kano answers that the survey reader recognises in exports, whatever the
 * page's language: recognition data, not UI text. Each set runs from like to dislike.
 */
export const kanoAnswers = {
  /** The words this language's CSV files write for each answer (the sample survey, a questionnaire's export). */
  templateWords: {
    like: 'I like it',
    expect: 'I expect it',
    neutral: 'I am neutral',
    tolerate: 'I can tolerate it',
    dislike: 'I dislike it',
  },
  /**
   * The answer sets recognised without help: the four sets of Berger et al. (1993, pp. 25-27), then our
   * own template words. Matched whole (letters only), never by keyword, so "I dislike it, but I can live
   * with it that way" reads as live-with, not dislike.
   */
  sets: [
    [
      'I like it that way',
      'It must be that way',
      'I am neutral',
      'I can live with it that way',
      'I dislike it that way',
    ],
    [
      'I enjoy it that way',
      'It is a basic necessity or I expect it that way',
      'I am neutral',
      'I dislike it, but I can live with it that way',
      'I dislike it, and I can’t accept it',
    ],
    [
      'This would be very helpful to me',
      'This is a basic requirement for me',
      'This would not affect me',
      'This would be a minor inconvenience',
      'This would be a major problem for me',
    ],
    ['I like it', 'I expect it', 'I’m neutral', 'I can tolerate it', 'I dislike it'],
  ],
  /** Short words and other spellings, as keys (lower case, letters only), one list per answer from like to dislike. */
  short: [
    ['like', 'ilike', 'likeit', 'enjoy', 'ienjoyit'],
    ['expect', 'iexpect', 'expectit', 'mustbe', 'must', 'itmustbethatway', 'basicnecessity'],
    ['iamneutral', 'neutral', 'idontcare', 'indifferent'],
    ['tolerate', 'icantolerate', 'tolerateit', 'icanlivewithit', 'livewith', 'livewithit', 'canlivewith'],
    ['dislike', 'idislike', 'dislikeit'],
  ],
} as const;
