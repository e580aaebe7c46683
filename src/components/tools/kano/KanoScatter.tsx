import type { Chart, Plugin } from 'chart.js';
import { kanoText as t } from '../../../i18n/en/kano';
import { QUADRANT_THRESHOLD } from '../../../lib/kano/coefficients';
import type { FeatureResult } from '../../../lib/kano/feature';
import type { ChartColors } from '../shared/chart-theme';
import { useChart } from '../shared/use-chart';
import { formatCoefficient } from './ResultsTable';

interface Point {
  x: number;
  y: number;
  name: string;
}

const short = (s: string) => (s.length > 24 ? `${s.slice(0, 23)}…` : s);

/** Draws the two split lines, the quadrant names and a label beside each point (text only, never markup). */
function quadrantPlugin(colors: ChartColors, points: readonly Point[]): Plugin<'scatter'> {
  return {
    id: 'cxKanoQuadrants',
    beforeDatasetsDraw(chart: Chart<'scatter'>) {
      const { ctx, chartArea: a, scales } = chart;
      const x = scales['x']?.getPixelForValue(QUADRANT_THRESHOLD) ?? a.left;
      const y = scales['y']?.getPixelForValue(QUADRANT_THRESHOLD) ?? a.top;
      ctx.save();
      ctx.strokeStyle = colors.muted;
      ctx.setLineDash([4, 4]);
      ctx.beginPath();
      ctx.moveTo(x, a.top);
      ctx.lineTo(x, a.bottom);
      ctx.moveTo(a.left, y);
      ctx.lineTo(a.right, y);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = colors.muted;
      ctx.font = '600 12px system-ui, sans-serif';
      const pad = 6;
      ctx.textBaseline = 'top';
      ctx.textAlign = 'left';
      ctx.fillText(t.quadrantShort.attractive, a.left + pad, a.top + pad);
      ctx.textAlign = 'right';
      ctx.fillText(t.quadrantShort['one-dimensional'], a.right - pad, a.top + pad);
      ctx.textBaseline = 'bottom';
      ctx.fillText(t.quadrantShort['must-be'], a.right - pad, a.bottom - pad);
      ctx.textAlign = 'left';
      ctx.fillText(t.quadrantShort.indifferent, a.left + pad, a.bottom - pad);
      ctx.restore();
    },
    afterDatasetsDraw(chart: Chart<'scatter'>) {
      const { ctx, chartArea: a, scales } = chart;
      ctx.save();
      ctx.fillStyle = colors.text;
      ctx.font = '12px system-ui, sans-serif';
      ctx.textBaseline = 'middle';
      for (const p of points) {
        const px = scales['x']?.getPixelForValue(p.x) ?? 0;
        const py = scales['y']?.getPixelForValue(p.y) ?? 0;
        const right = px > (a.left + a.right) / 2;
        ctx.textAlign = right ? 'right' : 'left';
        ctx.fillText(short(p.name), px + (right ? -8 : 8), py);
      }
      ctx.restore();
    },
  };
}

/** Better against |Worse| for every feature where both are defined, with the four quadrants named. */
export function KanoScatter({ features }: { features: readonly FeatureResult[] }) {
  const points: Point[] = [];
  const left: string[] = [];
  for (const f of features) {
    if (f.better === undefined || f.worse === undefined) left.push(f.name);
    else points.push({ x: Math.abs(f.worse), y: f.better, name: f.name });
  }
  const key = points.map((p) => `${p.name}|${p.x}|${p.y}`).join('\n');
  const { canvasRef, status } = useChart(
    () => import('./chart-setup'),
    ({ Chart: ChartJs }, canvas, { colors, animate }) => {
      const axis = (title: string) => ({
        min: 0,
        max: 1,
        ticks: { stepSize: 0.25, color: colors.muted, callback: (v: string | number) => Number(v).toFixed(2) },
        grid: { color: colors.grid },
        title: { display: true, text: title, color: colors.text },
      });
      return new ChartJs<'scatter', Point[]>(canvas, {
        type: 'scatter',
        data: {
          datasets: [{ data: points, backgroundColor: colors.accent, borderColor: colors.accent, pointRadius: 5 }],
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: animate ? { duration: 300 } : false,
          scales: { x: axis(t.axisWorse), y: axis(t.axisBetter) },
          plugins: {
            legend: { display: false },
            tooltip: {
              callbacks: {
                label: (item) => {
                  const p = item.raw as Point;
                  return t.tooltip(p.name, formatCoefficient(p.y), formatCoefficient(p.x));
                },
              },
            },
          },
        },
        plugins: [quadrantPlugin(colors, points)],
      });
    },
    [key],
  );
  return (
    <div class="cx-kano__chart-block">
      {points.length === 0 ? (
        <p>{t.chartEmpty}</p>
      ) : (
        <>
          <div class="cx-kano__chart">
            <canvas ref={canvasRef} role="img" aria-label={t.chartLabel(points.length)} />
          </div>
          {status === 'loading' && <p class="cx-kano__hint">{t.chartLoading}</p>}
          {status === 'failed' && <p>{t.chartFailed}</p>}
        </>
      )}
      {left.length > 0 && <p>{t.chartLeftOut(left.join(', '))}</p>}
      <ul class="cx-kano__quadrants">
        {(['attractive', 'one-dimensional', 'must-be', 'indifferent'] as const).map((q) => (
          <li key={q}>{t.quadrants[q]}</li>
        ))}
      </ul>
    </div>
  );
}
