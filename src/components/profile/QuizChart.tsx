import { profileText as t } from '../../i18n/en/profile';
import { valueQuizText as qt } from '../../i18n/en/value-quiz';
import type { QuizChart as QuizData } from '../../lib/profile/summary-quiz';
import { SOURCES } from '../../lib/quiz/statements';
import { ChartBox } from './ChartBox';
import { useProfileChart } from './use-profile-chart';

interface Props {
  data: QuizData;
}

/** The four value scores as horizontal bars, coloured as the quiz colours them (doing, then feeling). */
export function QuizChart({ data }: Props) {
  const values = SOURCES.map((s) => data.scores[s]);
  const described = SOURCES.map((s) => `${qt.sources[s]} ${data.scores[s]}`).join(', ');
  const { canvasRef, status } = useProfileChart(
    ({ Chart }, canvas, { colors, animate, pixelRatio }) =>
      new Chart(canvas, {
        type: 'bar',
        data: {
          labels: SOURCES.map((s) => qt.sources[s]),
          datasets: [
            {
              label: qt.tableScore,
              data: values,
              backgroundColor: [colors.accent, colors.accent, colors.accent2, colors.accent2],
            },
          ],
        },
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
    [values.join(',')],
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
