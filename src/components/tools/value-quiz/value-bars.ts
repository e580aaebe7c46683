import type { Namespaces } from '../../../i18n/text';
import type { Source } from '../../../lib/quiz/statements';
import { SOURCES } from '../../../lib/quiz/statements';
import type { ChartColors } from '../shared/chart-theme';

/** The value quiz's words in one language (`useText(QUIZ).valueQuizText`). */
export type QuizText = Namespaces['value-quiz']['valueQuizText'];

/** The bar chart data of a value profile: one bar per source, doing sources in one colour, feeling in the other. */
export function valueBars(scores: Record<Source, number>, colors: ChartColors, t: QuizText) {
  return {
    labels: SOURCES.map((s) => t.sources[s]),
    datasets: [
      {
        label: t.tableScore,
        data: SOURCES.map((s) => scores[s]),
        backgroundColor: [colors.accent, colors.accent, colors.accent2, colors.accent2],
      },
    ],
  };
}

/** The same profile in words, for the chart's accessible name. */
export function describeBars(scores: Record<Source, number>, t: QuizText): string {
  return SOURCES.map((s) => `${t.sources[s]} ${scores[s]}`).join(', ');
}
