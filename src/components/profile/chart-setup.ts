/**
 * The profile's three small charts' chart.js: the shared core and the bar, line and scatter
 * controllers. Loaded with a dynamic import so chart.js downloads only when a chart is about to be drawn.
 */
import { BarController, LineController, ScatterController } from 'chart.js';
import { Chart } from '../tools/shared/chart-core';

Chart.register(BarController, LineController, ScatterController);

export { Chart };
