import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { ChartBox } from '../../profile/ChartBox';
import { useProfileChart } from '../../profile/use-profile-chart';
import type { QuizChart as QuizData } from './profile';
import { describeBars, valueBars } from './value-bars';

const PROFILE = uses('profile');
const VALUE_QUIZ = uses('value-quiz');

interface Props {
  data: QuizData;
}

/** The four value scores as horizontal bars, coloured as the quiz colours them (doing, then feeling). */
export function QuizChart({ data }: Props) {
  const { profileText: t } = useText(PROFILE);
  const { valueQuizText: qt } = useText(VALUE_QUIZ);
  const described = describeBars(data.scores, qt);
  const { canvasRef, status } = useProfileChart(
    ({ Chart }, canvas, { colors, animate, pixelRatio }) =>
      new Chart(canvas, {
        type: 'bar',
        data: valueBars(data.scores, colors, qt),
        options: {
          indexAxis: 'y',
          responsive: false,
          devicePixelRatio: pixelRatio,
          animation: animate ? { duration: 250 } : false,
          events: [],
          plugins: { legend: { display: false } },
          scales: {
            x: {
              min: 0,
              max: 100,
              title: { display: true, text: t.quiz.axis, color: colors.text },
              ticks: { color: colors.muted },
              grid: { color: colors.grid },
            },
            y: { ticks: { color: colors.text }, grid: { display: false } },
          },
        },
      }),
    [described],
  );
  return (
    <ChartBox
      canvasRef={canvasRef}
      status={status}
      label={t.quiz.chartLabel(data.name, described)}
      width={360}
      height={180}
    />
  );
}
