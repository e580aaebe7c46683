/** The parts of chart.js the Kano Better-versus-Worse scatter uses, registered once; loaded on demand. */
import { Chart, LinearScale, PointElement, ScatterController, Tooltip } from 'chart.js';

Chart.register(ScatterController, PointElement, LinearScale, Tooltip);

export { Chart };
