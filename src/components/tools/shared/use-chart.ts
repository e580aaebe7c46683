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

/**
 * Draw state shown to the reader: waiting to come near the viewport (nothing to say yet), loading,
 * drawn, or failed (the text equivalent then carries the data).
 */
export type ChartStatus = 'waiting' | 'loading' | 'ready' | 'failed';

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

/** How close to the viewport a chart must come before its code loads. */
const NEAR_VIEW: IntersectionObserverInit = { rootMargin: '200px 0px' };

/**
 * True once the element has come near the viewport (or the page is about to print), so that
 * chart.js is fetched only for a chart the reader is about to see.
 */
export function useNearView(ref: { current: Element | null }): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    if (!('IntersectionObserver' in window)) {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setNear(true);
    }, NEAR_VIEW);
    observer.observe(el);
    const print = () => setNear(true);
    window.addEventListener('beforeprint', print);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', print);
    };
  }, [ref, near]);
  return near;
}

/**
 * Draws a chart once it nears the viewport and its chart.js setup module has loaded (each kind's
 * setup registers only its controller on the shared chart-core.ts), redraws when `inputs`, the
 * theme or print layout change, and tears it down on unmount. Animation is off when the reader
 * prefers reduced motion.
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
  const near = useNearView(canvasRef);

  useEffect(() => {
    if (!near) return;
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
  }, [near, ...inputs]);

  return { canvasRef, status: near ? status : ('waiting' as const) };
}
