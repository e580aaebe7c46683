import type { Inputs } from 'preact/hooks';
import { type DrawContext, type Drawn, useChart } from '../tools/shared/use-chart';

export type { ChartStatus, DrawContext, Drawn } from '../tools/shared/use-chart';

/** The registered chart.js the profile's drawings use. */
export type ChartSetup = typeof import('./chart-setup');

/**
 * Draws a profile chart on a canvas of fixed size (its width and height attributes), scaled to its box
 * by CSS so it fits the one-page handout.
 */
export function useProfileChart(
  draw: (mod: ChartSetup, canvas: HTMLCanvasElement, ctx: DrawContext) => Drawn,
  inputs: Inputs,
) {
  return useChart(
    () => import('./chart-setup'),
    (mod, canvas, ctx) => {
      // Set before chart.js reads the canvas, so it keeps this box and only sizes the bitmap.
      canvas.style.width = '100%';
      canvas.style.height = 'auto';
      return draw(mod, canvas, ctx);
    },
    inputs,
  );
}
