import { type Inputs, useEffect, useRef, useState } from 'preact/hooks';
import { type ChartColors, chartColors, onThemeChange, prefersReducedMotion } from '../shared/chart-theme';

/** The chart.js module, loaded on demand so an island's first bundle stays small. */
export type ChartModule = typeof import('chart.js');

/** What a drawing function returns: something that can be torn down before the next drawing. */
export interface Drawn {
  destroy(): void;
}

let loading: Promise<ChartModule> | undefined;

/** Loads chart.js once per page. */
function loadChartJs(): Promise<ChartModule> {
  loading ??= import('chart.js');
  return loading;
}

/**
 * Turns theme colours into plain rgb() strings a canvas understands: custom properties may hold
 * light-dark(...) or var(...), which only the CSS engine can resolve, so a hidden probe element does it.
 */
function resolvedColors(): ChartColors {
  const raw = chartColors();
  const probe = document.createElement('span');
  probe.hidden = true;
  document.body.append(probe);
  const resolve = (value: string) => {
    probe.style.color = '';
    probe.style.color = value;
    return probe.style.color === '' ? value : getComputedStyle(probe).color || value;
  };
  const out: ChartColors = {
    text: resolve(raw.text),
    muted: resolve(raw.muted),
    grid: resolve(raw.grid),
    accent: resolve(raw.accent),
    accent2: resolve(raw.accent2),
    surface: resolve(raw.surface),
  };
  probe.remove();
  return out;
}

/** Draw state shown to the reader: loading, drawn, or failed (the text equivalent then carries the data). */
export type ChartStatus = 'loading' | 'ready' | 'failed';

/**
 * Draws a chart on a canvas once chart.js has loaded, redraws it when `inputs` change or the theme
 * changes, and tears it down on unmount. Animation is off when the reader prefers reduced motion.
 */
export function useChart(
  draw: (mod: ChartModule, canvas: HTMLCanvasElement, colors: ChartColors, animate: boolean) => Drawn,
  inputs: Inputs,
) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [status, setStatus] = useState<ChartStatus>('loading');
  const drawRef = useRef(draw);
  drawRef.current = draw;

  useEffect(() => {
    let live = true;
    let chart: Drawn | undefined;
    let stop = () => {};
    const render = (mod: ChartModule, animate: boolean) => {
      chart?.destroy();
      chart = undefined;
      const canvas = canvasRef.current;
      if (canvas) chart = drawRef.current(mod, canvas, resolvedColors(), animate && !prefersReducedMotion());
    };
    loadChartJs()
      .then((mod) => {
        if (!live) return;
        render(mod, true);
        stop = onThemeChange(() => render(mod, false));
        setStatus('ready');
      })
      .catch(() => {
        if (live) setStatus('failed');
      });
    return () => {
      live = false;
      stop();
      chart?.destroy();
    };
  }, inputs);

  return { canvasRef, status };
}
