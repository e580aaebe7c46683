/** The value-quiz bar chart's chart.js: the shared core and the bar controller; loaded on demand. */
import { BarController } from 'chart.js';
import { Chart } from '../shared/chart-core';

Chart.register(BarController);

export { Chart };
