import { type Inputs, useEffect, useRef, useState } from 'preact/hooks';
import { type ChartColors, chartColors, onThemeChange, prefersReducedMotion } from './chart-theme';

/** Something drawn that can be torn down before the next drawing. */
export interface Drawn {
  destroy(): void;
}

/** What every drawing needs besides its data. */
export interface DrawContext {
  colors: ChartColors;
  animate: boolean;
  /** At least 2, so charts stay sharp when printed. */
  pixelRatio: number;
}

/** Draw state shown to the reader: loading, drawn, or failed (the text equivalent then carries the data). */
export type ChartStatus = 'loading' | 'ready' | 'failed';

/** Calls back when print layout starts or ends, so charts redraw in print colours. */
function onPrintChange(callback: () => void): () => void {
  const media = window.matchMedia('print');
  media.addEventListener('change', callback);
  window.addEventListener('afterprint', callback);
  return () => {
    media.removeEventListener('change', callback);
    window.removeEventListener('afterprint', callback);
  };
}

/**
 * Draws a chart once its chart.js setup module has loaded (each tool's setup registers only the parts
 * it uses), redraws when `inputs`, the theme or print layout change, and tears it down on unmount.
 * Animation is off when the reader prefers reduced motion.
 */
export function useChart<M>(
  load: () => Promise<M>,
  draw: (mod: M, canvas: HTMLCanvasElement, ctx: DrawContext) => Drawn,
  inputs: Inputs,
) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [status, setStatus] = useState<ChartStatus>('loading');
  const drawRef = useRef(draw);
  drawRef.current = draw;
  const loadRef = useRef(load);

  useEffect(() => {
    let alive = true;
    let chart: Drawn | undefined;
    const stops: (() => void)[] = [];
    const render = (mod: M, animate: boolean) => {
      chart?.destroy();
      chart = undefined;
      const canvas = canvasRef.current;
      if (!canvas) return;
      chart = drawRef.current(mod, canvas, {
        colors: chartColors(),
        animate: animate && !prefersReducedMotion(),
        pixelRatio: Math.max(2, window.devicePixelRatio || 1),
      });
    };
    loadRef
      .current()
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
