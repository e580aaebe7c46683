import { textOf, uses } from '../../../i18n/text';
import type { Summary } from '../../../lib/profile/summary';
import { decodeTool } from '../../../lib/profile/tool-state';
import { readProfile } from '../../../lib/quiz/profile';
import { answeredCount, completeProfile, scoreAll } from '../../../lib/quiz/scoring';
import { type Source, STATEMENTS } from '../../../lib/quiz/statements';
import type { ProfilePart } from '../../profile/tool-parts';
import { QuizChart as Chart } from './ProfileChart';

const PROFILE = uses('profile');
const VALUE_QUIZ = uses('value-quiz');

/** What the bar chart draws: the four scores, and the offering's name for its label. */
export interface QuizChart {
  name: string;
  scores: Record<Source, number>;
}

/** The quiz's scores per source of value, how many statements were answered, and the shape, in `lang`. */
export function quizSummary(query: string, lang: string): Summary<QuizChart> {
  const state = decodeTool('value-quiz', query);
  const q = textOf(lang, PROFILE).profileText.quiz;
  const qt = textOf(lang, VALUE_QUIZ).valueQuizText;
  const scores = scoreAll(state.answers);
  const complete = completeProfile(state.answers);
  const name = state.offering.trim();
  const rows = [
    { id: 'offering', label: q.offering, value: name === '' ? q.unnamed : name },
    {
      id: 'answered',
      label: q.answered,
      value: q.answeredValue(answeredCount(state.answers), STATEMENTS.length),
    },
    ...scores.map((s) => ({
      id: s.source,
      label: qt.sources[s.source],
      value: s.score === undefined ? q.notScored : String(s.score),
    })),
    { id: 'shape', label: q.shape, value: complete ? q.shapes[readProfile(complete).shape] : q.notScored },
  ];
  const notes = complete ? [qt.shapes[readProfile(complete).shape]] : [q.incomplete];
  return { rows, notes, chart: complete ? { name, scores: complete } : undefined };
}

/** The quiz's part of the profile: its summary and the four scores as bars. */
export const profile: ProfilePart<QuizChart> = {
  summary: quizSummary,
  chart: (data) => <Chart data={data} />,
};
