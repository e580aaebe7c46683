/**
 * The anxiety curve's chart.js: the shared core and the line controller. Loaded with a dynamic
 * import so chart.js downloads only when a curve is about to be drawn.
 */
import { LineController } from 'chart.js';
import { Chart } from '../shared/chart-core';

Chart.register(LineController);

export { Chart };
