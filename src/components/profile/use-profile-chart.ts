import { type Inputs, useEffect, useRef, useState } from 'preact/hooks';
import { type ChartColors, chartColors, onThemeChange, prefersReducedMotion } from '../tools/shared/chart-theme';

/** The registered chart.js the drawings use. */
export type ChartSetup = typeof import('./chart-setup');

/** Something drawn that can be torn down before the next drawing. */
export interface Drawn {
  destroy(): void;
}

/** How every profile chart is drawn: what it needs to know besides its data. */
export interface DrawContext {
  colors: ChartColors;
  animate: boolean;
  /** At least 2, so charts stay sharp when printed. */
  pixelRatio: number;
}

/** Draw state shown to the reader: loading, drawn, or failed (the summary beside it carries the data). */
export type ChartStatus = 'loading' | 'ready' | 'failed';

/** Re-runs `callback` whenever print layout starts or ends, so charts print in print colours. */
function onPrintChange(callback: () => void): () => void {
  const media = window.matchMedia('print');
  media.addEventListener('change', callback);
  window.addEventListener('beforeprint', callback);
  window.addEventListener('afterprint', callback);
  return () => {
    media.removeEventListener('change', callback);
    window.removeEventListener('beforeprint', callback);
    window.removeEventListener('afterprint', callback);
  };
}

/**
 * Draws a chart on a canvas of fixed size (its width and height attributes) scaled to its box by
 * CSS, once chart.js has loaded. Redraws when `inputs` change, the theme changes or printing starts;
 * animates only when the reader has not asked for reduced motion.
 */
export function useProfileChart(
  draw: (mod: ChartSetup, canvas: HTMLCanvasElement, ctx: DrawContext) => Drawn,
  inputs: Inputs,
) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [status, setStatus] = useState<ChartStatus>('loading');
  const drawRef = useRef(draw);
  drawRef.current = draw;

  useEffect(() => {
    let alive = true;
    let chart: Drawn | undefined;
    const stops: (() => void)[] = [];
    const render = (mod: ChartSetup, animate: boolean) => {
      chart?.destroy();
      chart = undefined;
      const canvas = canvasRef.current;
      if (!canvas) return;
      // Set before chart.js reads the canvas, so it keeps this box and only sizes the bitmap.
      canvas.style.width = '100%';
      canvas.style.height = 'auto';
      chart = drawRef.current(mod, canvas, {
        colors: chartColors(),
        animate: animate && !prefersReducedMotion(),
        pixelRatio: Math.max(2, window.devicePixelRatio || 1),
      });
    };
    import('./chart-setup')
      .then((mod) => {
        if (!alive) return;
        render(mod, true);
        stops.push(
          onThemeChange(() => render(mod, false)),
          onPrintChange(() => render(mod, false)),
        );
        setStatus('ready');
      })
      .catch(() => {
        if (alive) setStatus('failed');
      });
    return () => {
      alive = false;
      for (const stop of stops) stop();
      chart?.destroy();
    };
  }, inputs);

  return { canvasRef, status };
}
