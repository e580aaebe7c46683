import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import type { Source } from '../../../lib/quiz/statements';
import { useChart } from '../shared/use-chart';
import { describeBars, valueBars } from './value-bars';

const QUIZ = uses('value-quiz');

interface Props {
  scores: Record<Source, number>;
  offering: string;
}

/** A horizontal bar chart of the four scores; the score table beside it is its text equivalent. */
export function QuizChart({ scores, offering }: Props) {
  const { valueQuizText: t } = useText(QUIZ);
  const described = describeBars(scores, t);
  const { canvasRef, status } = useChart(
    () => import('./chart-setup'),
    ({ Chart }, canvas, { colors, animate }) => {
      return new Chart(canvas, {
        type: 'bar',
        data: valueBars(scores, colors, t),
        options: {
          indexAxis: 'y',
          responsive: true,
          maintainAspectRatio: false,
          animation: animate ? { duration: 300 } : false,
          plugins: { legend: { display: false }, tooltip: { enabled: true } },
          scales: {
            x: {
              min: 0,
              max: 100,
              title: { display: true, text: t.axisScore, color: colors.text },
              ticks: { color: colors.muted },
              grid: { color: colors.grid },
            },
            y: { ticks: { color: colors.text }, grid: { display: false } },
          },
        },
      });
    },
    [described],
  );
  return (
    <div class="cx-quiz__chart-block">
      <div class="cx-quiz__chart">
        <canvas ref={canvasRef} role="img" aria-label={t.chartLabel(offering, described)} />
      </div>
      <p class="cx-quiz__chart-status">{t.chartNote}</p>
      {status === 'loading' && <p class="cx-quiz__chart-status">{t.chartLoading}</p>}
      {status === 'failed' && <p class="cx-quiz__chart-status">{t.chartFailed}</p>}
    </div>
  );
}
