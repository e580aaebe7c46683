import type { Chart, Plugin } from 'chart.js';
import { useState } from 'preact/hooks';
import { formatFixed } from '../../../i18n/format';
import { useLang, useLocale, useText } from '../../../i18n/island';
import { type Namespaces, uses } from '../../../i18n/text';
import type { FeatureAnalysis } from '../../../lib/kano/analysis';
import { QUADRANT_THRESHOLD } from '../../../lib/kano/coefficients';
import type { ChartColors } from '../shared/chart-theme';
import { useChart } from '../shared/use-chart';
import { formatCoefficient, formatInterval, formatNumber } from './ResultsTable';

const KANO = uses('kano');

interface Point {
  x: number;
  y: number;
  name: string;
  /** Interval of x and of y, drawn as error bars. */
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  r: number;
}

const short = (s: string) => (s.length > 24 ? `${s.slice(0, 23)}…` : s);
const MIN_RADIUS = 4;
const MAX_RADIUS = 12;

/** Draws the split lines, quadrant names (from `t`), error bars and a label beside each point (text only, never markup). */
function overlayPlugin(
  t: Namespaces['kano']['kanoText'],
  colors: ChartColors,
  points: readonly Point[],
  quadrants: boolean,
): Plugin<'scatter'> {
  return {
    id: 'cxKanoOverlay',
    beforeDatasetsDraw(chart: Chart<'scatter'>) {
      const { ctx, chartArea: a, scales } = chart;
      const sx = (v: number) => scales['x']?.getPixelForValue(v) ?? a.left;
      const sy = (v: number) => scales['y']?.getPixelForValue(v) ?? a.top;
      ctx.save();
      if (quadrants) {
        const x = sx(QUADRANT_THRESHOLD);
        const y = sy(QUADRANT_THRESHOLD);
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
      }
      ctx.strokeStyle = colors.muted;
      ctx.lineWidth = 1.5;
      for (const p of points) {
        const px = sx(p.x);
        const py = sy(p.y);
        ctx.beginPath();
        ctx.moveTo(sx(p.x0), py);
        ctx.lineTo(sx(p.x1), py);
        ctx.moveTo(px, sy(p.y0));
        ctx.lineTo(px, sy(p.y1));
        for (const [x, y, dx, dy] of [
          [sx(p.x0), py, 0, 4],
          [sx(p.x1), py, 0, 4],
          [px, sy(p.y0), 4, 0],
          [px, sy(p.y1), 4, 0],
        ] as const) {
          ctx.moveTo(x - dx, y - dy);
          ctx.lineTo(x + dx, y + dy);
        }
        ctx.stroke();
      }
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
        ctx.fillText(short(p.name), px + (right ? -(p.r + 4) : p.r + 4), py);
      }
      ctx.restore();
    },
  };
}

interface Props {
  features: readonly FeatureAnalysis[];
  /** Names the table and rule; shown under the chart. */
  caption: string;
  /** Size points by mean importance, with a legend. */
  importance: boolean;
}

/** Better against |Worse| with 95 % error bars for every feature where both are defined; point size shows importance. */
export function KanoScatter({ features, caption, importance }: Props) {
  const { kanoText: t } = useText(KANO);
  const lang = useLang();
  const locale = useLocale();
  const [textOpen, setTextOpen] = useState(false);
  const means = features.flatMap((f) => (f.importance.mean === undefined ? [] : [f.importance.mean]));
  const lo = means.length > 0 ? Math.min(...means) : 0;
  const hi = means.length > 0 ? Math.max(...means) : 0;
  const radius = (m: number | undefined) =>
    !importance || m === undefined || hi === lo
      ? importance && m !== undefined
        ? (MIN_RADIUS + MAX_RADIUS) / 2
        : 5
      : MIN_RADIUS + ((m - lo) / (hi - lo)) * (MAX_RADIUS - MIN_RADIUS);
  const points: Point[] = [];
  const left: string[] = [];
  for (const f of features) {
    if (f.better === undefined || f.worse === undefined || !f.betterInterval || !f.worseInterval) left.push(f.name);
    else
      points.push({
        x: Math.abs(f.worse),
        y: f.better,
        name: f.name,
        x0: Math.abs(f.worseInterval.high),
        x1: Math.abs(f.worseInterval.low),
        y0: f.betterInterval.low,
        y1: f.betterInterval.high,
        r: radius(f.importance.mean),
      });
  }
  const key = points.map((p) => `${p.name}|${p.x}|${p.y}|${p.r}`).join('\n');
  const { canvasRef, status } = useChart(
    () => import('./chart-setup'),
    ({ Chart: ChartJs }, canvas, { colors, animate }) => {
      const axis = (title: string) => ({
        min: 0,
        max: 1,
        ticks: {
          stepSize: 0.25,
          color: colors.muted,
          callback: (v: string | number) => formatFixed(Number(v), 2, locale),
        },
        grid: { color: colors.grid },
        title: { display: true, text: title, color: colors.text },
      });
      return new ChartJs<'scatter', Point[]>(canvas, {
        type: 'scatter',
        data: {
          datasets: [
            {
              data: points,
              backgroundColor: colors.accent,
              borderColor: colors.accent,
              pointRadius: points.map((p) => p.r),
            },
          ],
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
                  return t.tooltip(p.name, formatCoefficient(p.y, lang), formatCoefficient(p.x, lang));
                },
              },
            },
          },
        },
        plugins: [overlayPlugin(t, colors, points, true)],
      });
    },
    [key],
  );
  return (
    <figure class="cx-kano__chart-block">
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
      <figcaption>{caption}</figcaption>
      {importance && means.length > 0 && (
        <p class="cx-kano__hint">{t.sizeLegend(formatNumber(lo, 1, lang), formatNumber(hi, 1, lang))}</p>
      )}
      <p class="cx-kano__hint">{t.errorBarLegend}</p>
      {points.length > 0 && (
        <details onToggle={(e) => setTextOpen(e.currentTarget.open)}>
          <summary>{t.chartText}</summary>
          {/* Drawn when opened: hundreds of features make a long list that a closed section need not hold. */}
          {textOpen && (
            <ul>
              {features
                .filter((f) => f.better !== undefined && f.worse !== undefined)
                .map((f, i) => (
                  <li key={`${f.name}-${i}`}>
                    {t.pointText(
                      f.name,
                      formatCoefficient(f.better, lang),
                      formatInterval(f.betterInterval, lang),
                      formatCoefficient(f.worse, lang),
                      formatInterval(f.worseInterval, lang),
                      importance && f.importance.mean !== undefined ? formatNumber(f.importance.mean, 1, lang) : '',
                    )}
                  </li>
                ))}
            </ul>
          )}
        </details>
      )}
      {left.length > 0 && <p>{t.chartLeftOut(left.join(', '))}</p>}
      <ul class="cx-kano__quadrants">
        {(['attractive', 'one-dimensional', 'must-be', 'indifferent'] as const).map((q) => (
          <li key={q}>{t.quadrants[q]}</li>
        ))}
      </ul>
    </figure>
  );
}
