/** The four standard answer sets of Berger et al. (1993), each from "like" to "dislike"; the words live in src/i18n. */
export const ANSWER_SETS = ['like-must', 'enjoy-necessity', 'helpful-problem', 'like-expect'] as const;

/** One standard answer set. */
export type AnswerSetId = (typeof ANSWER_SETS)[number];

/** Limits of a questionnaire; the address codec enforces them. */
export const Q_LIMITS = {
  features: 20,
  name: 60,
  description: 140,
  title: 80,
  wording: 200,
  /** The longest questionnaire address query read at all (characters). */
  query: 8000,
} as const;

/** One feature a respondent judges: a short name and an optional one-line description. */
export interface QuestionFeature {
  name: string;
  description: string;
}

/** A Kano questionnaire: its features, the wording of the two questions ('' = the standard wording) and the answer set. */
export interface Questionnaire {
  title: string;
  features: QuestionFeature[];
  /** The functional question; `{feature}` stands for the feature's name. */
  functional: string;
  /** The dysfunctional question; `{feature}` stands for the feature's name. */
  dysfunctional: string;
  answers: AnswerSetId;
}

/** A questionnaire with nothing in it yet. */
export function emptyQuestionnaire(): Questionnaire {
  return { title: '', features: [], functional: '', dysfunctional: '', answers: 'like-expect' };
}

/** True for one of the answer set ids. */
export function isAnswerSet(value: string): value is AnswerSetId {
  return (ANSWER_SETS as readonly string[]).includes(value);
}

/** The question with the feature's name put in place of every `{feature}`. */
export function fillQuestion(template: string, feature: string): string {
  return template.split('{feature}').join(feature);
}
