import { valueQuizText as t } from '../../../i18n/value-quiz';
import type { Source } from '../../../lib/quiz/statements';
import { SOURCES } from '../../../lib/quiz/statements';
import type { ChartColors } from '../shared/chart-theme';

/** The bar chart data of a value profile: one bar per source, doing sources in one colour, feeling in the other. */
export function valueBars(scores: Record<Source, number>, colors: ChartColors) {
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
export function describeBars(scores: Record<Source, number>): string {
  return SOURCES.map((s) => `${t.sources[s]} ${scores[s]}`).join(', ');
}
