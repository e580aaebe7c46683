/** The Kano Better-versus-Worse scatter's chart.js: the shared core and the scatter controller; loaded on demand. */
import { ScatterController } from 'chart.js';
import { Chart } from '../shared/chart-core';

Chart.register(ScatterController);

export { Chart };
