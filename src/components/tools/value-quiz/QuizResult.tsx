import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { readProfile } from '../../../lib/quiz/profile';
import { MIN_ANSWERS_PER_SOURCE, type SourceScore } from '../../../lib/quiz/scoring';
import type { Source } from '../../../lib/quiz/statements';
import { QuizChart } from './QuizChart';

const QUIZ = uses('value-quiz');

interface Props {
  scores: SourceScore[];
  profile: Record<Source, number> | undefined;
  offering: string;
  sub: 'h3' | 'h4';
}

/** The profile: what is still missing, or the chart, its table and what the shape means. */
export function QuizResult({ scores, profile, offering, sub: Sub }: Props) {
  const { valueQuizText: t } = useText(QUIZ);
  if (!profile) {
    const missing = scores.filter((s) => s.score === undefined);
    return (
      <div class="cx-quiz__pending">
        <p>{t.needMore}</p>
        <ul>
          {missing.map((s) => (
            <li key={s.source}>{t.needMoreItem(t.sources[s.source], MIN_ANSWERS_PER_SOURCE - s.answered)}</li>
          ))}
        </ul>
      </div>
    );
  }
  const reading = readProfile(profile);
  return (
    <div class="cx-quiz__profile">
      <div class="cx-quiz__figure">
        <QuizChart scores={profile} offering={offering} />
        <table class="cx-quiz__table">
          <caption>{t.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.tableSource}</th>
              <th scope="col">{t.tableScore}</th>
              <th scope="col">{t.tableAnswered}</th>
            </tr>
          </thead>
          <tbody>
            {scores.map((s) => (
              <tr key={s.source}>
                <th scope="row">{t.sources[s.source]}</th>
                <td>{s.score}</td>
                <td>{s.answered}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Sub>{t.shapeHeading}</Sub>
      <p>{t.shapes[reading.shape]}</p>
      <p>{t.visibility[reading.visibility]}</p>
      <p>{t.strongest(reading.strongest.map((s) => t.sources[s]).join(', '))}</p>
    </div>
  );
}
