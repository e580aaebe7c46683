import { complexityAt, frequencyAt } from '../../../lib/spectrum/geometry';

/** Scores on both axes under a pointer, or null when the plane cannot be measured. */
export interface Scores {
  frequency: number;
  complexity: number;
}

/** Converts a pointer's page position into scores, through the SVG's current scaling. */
export function scoresAt(svg: SVGSVGElement | null, clientX: number, clientY: number): Scores | null {
  const ctm = svg?.getScreenCTM();
  if (!ctm) return null;
  const p = new DOMPoint(clientX, clientY).matrixTransform(ctm.inverse());
  return { frequency: frequencyAt(p.x), complexity: complexityAt(p.y) };
}
