import type { ChartConfiguration, Chart as ChartType } from 'chart.js';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { formatNumber } from '../../../lib/anxiety/money';
import { chartColors, onThemeChange, prefersReducedMotion } from '../shared/chart-theme';
import { useNearView } from '../shared/use-chart';
import type { AnxietyText } from './format';

const ANXIETY = uses('anxiety-gap');

/** One line of the chart: its name, its points and which point is the moment of value. */
export interface Series {
  label: string;
  points: { x: number; y: number }[];
  valueAt: number;
}

interface Props {
  series: [Series, Series];
  unitName: string;
  locale: string;
}

type LineConfig = ChartConfiguration<'line', { x: number; y: number }[]>;
type LineChart = ChartType<'line', { x: number; y: number }[]>;

/** Builds the whole chart configuration from the data and the current theme. */
function config(series: [Series, Series], unitName: string, locale: string, t: AnxietyText): LineConfig {
  const c = chartColors();
  const colour = [c.accent, c.accent2];
  const axis = (title: string) => ({
    type: 'linear' as const,
    title: { display: true, text: title, color: c.text },
    ticks: { color: c.muted, callback: (v: string | number) => formatNumber(Number(v), locale, 1) },
    grid: { color: c.grid },
    border: { color: c.grid },
  });
  return {
    type: 'line',
    data: {
      datasets: series.map((s, i) => ({
        label: s.label,
        data: s.points,
        borderColor: colour[i],
        backgroundColor: colour[i],
        borderWidth: 2,
        borderDash: i === 0 ? [] : [6, 4],
        pointStyle: i === 0 ? 'circle' : 'rectRot',
        pointRadius: s.points.map((_, k) => (k === s.valueAt ? 5 : 0)),
        pointHoverRadius: 5,
        tension: 0,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: prefersReducedMotion() ? false : { duration: 250 },
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      scales: {
        x: { ...axis(t.curve.xAxis(unitName)), min: 0 },
        y: { ...axis(t.curve.yAxis), min: 0, max: 100 },
      },
      plugins: {
        legend: { labels: { color: c.text, usePointStyle: true } },
        tooltip: {
          callbacks: {
            title: (items) => `${formatNumber(items[0]?.parsed.x ?? 0, locale, 1)} ${unitName}`,
            label: (item) => `${item.dataset.label ?? ''}: ${formatNumber(item.parsed.y ?? 0, locale, 0)}`,
          },
        },
      },
    },
  };
}

/** Gives a drawn chart new data, colours and labels without animating. */
function refresh(chart: LineChart, series: [Series, Series], unitName: string, locale: string, t: AnxietyText): void {
  const next = config(series, unitName, locale, t);
  chart.data = next.data;
  chart.options = next.options ?? {};
  chart.update('none');
}

/**
 * Both anxiety curves on one line chart. chart.js loads when the chart nears the viewport; the chart follows the theme and
 * reduced motion. The canvas is an image with a label; the table after it carries the numbers.
 */
export function CurveChart({ series, unitName, locale }: Props) {
  const { anxietyGap: t } = useText(ANXIETY);
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<LineChart | null>(null);
  const latest = useRef({ series, unitName, locale, t });
  latest.current = { series, unitName, locale, t };
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');
  const near = useNearView(canvas);

  useEffect(() => {
    if (!near) return;
    let alive = true;
    let stopTheme = () => {};
    const redraw = () => {
      const { series: s, unitName: u, locale: l, t: words } = latest.current;
      if (chart.current) refresh(chart.current, s, u, l, words);
    };
    import('./chart-setup')
      .then(({ Chart }) => {
        const el = canvas.current;
        if (!alive || !el) return;
        const { series: s, unitName: u, locale: l, t: words } = latest.current;
        chart.current = new Chart(el, config(s, u, l, words));
        stopTheme = onThemeChange(redraw);
        setStatus('ready');
      })
      .catch(() => {
        if (alive) setStatus('failed');
      });
    return () => {
      alive = false;
      stopTheme();
      chart.current?.destroy();
      chart.current = null;
    };
  }, [near]);

  useEffect(() => {
    if (chart.current) refresh(chart.current, series, unitName, locale, t);
  }, [series, unitName, locale, t]);

  return (
    <div class={`cx-anx__chart cx-anx__chart--${status}`}>
      <canvas ref={canvas} role="img" aria-label={t.curve.chartLabel}>
        {t.curve.failed}
      </canvas>
      {status !== 'ready' && (
        <p class="cx-anx__chart-status">{status === 'loading' ? t.curve.loading : t.curve.failed}</p>
      )}
    </div>
  );
}
