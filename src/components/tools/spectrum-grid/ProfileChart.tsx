import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { ChartBox } from '../../profile/ChartBox';
import { useProfileChart } from '../../profile/use-profile-chart';
import type { GridChart as GridData } from './profile';

const PROFILE = uses('profile');

interface Props {
  data: GridData;
  /** The offering's position in words, for the chart's label. */
  position: string;
}

/** Region boundaries of the plane: where the grid's thirds are cut. */
const CUTS = [0, 3.5, 6.5, 10];

/** The offering on a small complexity-by-frequency plane: a dot at its middle, a box when it spans. */
export function GridChart({ data, position }: Props) {
  const { profileText: t } = useText(PROFILE);
  const label = t.grid.chartLabel(data.name, position);
  const { frequency: f, complexity: c } = data;
  const spread = f.from !== f.to || c.from !== c.to;
  const box = [
    { x: f.from, y: c.from },
    { x: f.to, y: c.from },
    { x: f.to, y: c.to },
    { x: f.from, y: c.to },
    { x: f.from, y: c.from },
  ];
  const { canvasRef, status } = useProfileChart(
    ({ Chart }, canvas, { colors, animate, pixelRatio }) => {
      const axis = (title: string) => ({
        type: 'linear' as const,
        min: 0,
        max: 10,
        title: { display: true, text: title, color: colors.text },
        ticks: { color: colors.muted },
        grid: { color: colors.grid },
        afterBuildTicks: (scale: { ticks: { value: number }[] }) => {
          scale.ticks = CUTS.map((value) => ({ value }));
        },
      });
      return new Chart(canvas, {
        type: 'scatter',
        data: {
          datasets: [
            {
              label: data.name,
              data: [{ x: data.x, y: data.y }],
              pointRadius: 6,
              backgroundColor: colors.accent,
              borderColor: colors.accent,
            },
            ...(spread
              ? [
                  {
                    type: 'line' as const,
                    label: t.grid.span,
                    data: box,
                    borderColor: colors.accent2,
                    borderWidth: 2,
                    borderDash: [5, 3],
                    pointRadius: 0,
                    fill: false,
                  },
                ]
              : []),
          ],
        },
        options: {
          responsive: false,
          devicePixelRatio: pixelRatio,
          animation: animate ? { duration: 250 } : false,
          events: [],
          plugins: { legend: { display: false } },
          scales: { x: axis(t.grid.xAxis), y: axis(t.grid.yAxis) },
        },
      });
    },
    [data.x, data.y, f.from, f.to, c.from, c.to, data.name],
  );
  return <ChartBox canvasRef={canvasRef} status={status} label={label} width={300} height={230} />;
}
