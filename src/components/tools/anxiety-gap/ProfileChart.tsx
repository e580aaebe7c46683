import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { ChartBox } from '../../profile/ChartBox';
import { useProfileChart } from '../../profile/use-profile-chart';
import type { AnxietyChart as AnxietyData } from './profile';

const PROFILE = uses('profile');
const ANXIETY = uses('anxiety-gap');

interface Props {
  data: AnxietyData;
}

/** Both anxiety curves, today solid and with changes dashed, from the purchase to past the moment of value. */
export function AnxietyChart({ data }: Props) {
  const { profileText: t } = useText(PROFILE);
  const { anxietyGap: at } = useText(ANXIETY);
  const key = data.series.map((s) => s.points.map((p) => `${p.x},${p.y}`).join(';')).join('|');
  const { canvasRef, status } = useProfileChart(
    ({ Chart }, canvas, { colors, animate, pixelRatio }) => {
      const tone = [colors.accent, colors.accent2];
      const axis = (title: string) => ({
        type: 'linear' as const,
        min: 0,
        title: { display: true, text: title, color: colors.text },
        ticks: { color: colors.muted },
        grid: { color: colors.grid },
      });
      return new Chart(canvas, {
        type: 'line',
        data: {
          datasets: data.series.map((s, i) => ({
            label: s.label,
            data: s.points,
            borderColor: tone[i],
            backgroundColor: tone[i],
            borderWidth: 2,
            borderDash: i === 0 ? [] : [6, 4],
            pointRadius: 0,
            tension: 0,
          })),
        },
        options: {
          responsive: false,
          devicePixelRatio: pixelRatio,
          animation: animate ? { duration: 250 } : false,
          events: [],
          plugins: { legend: { labels: { color: colors.text, boxHeight: 2 } } },
          scales: {
            x: axis(at.curve.xAxis(at.units.time(data.unit))),
            y: { ...axis(at.curve.yAxis), max: 100 },
          },
        },
      });
    },
    [key, data.unit],
  );
  return (
    <ChartBox
      canvasRef={canvasRef}
      status={status}
      label={t.anxiety.chartLabel(data.peaks.today, data.peaks.changed)}
      width={360}
      height={200}
    />
  );
}
