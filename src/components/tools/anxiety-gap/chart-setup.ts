/**
 * The parts of chart.js the anxiety curve uses, registered once. Loaded with a dynamic import so
 * chart.js downloads only when a curve is about to be drawn.
 */
import { Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, Legend, Tooltip);

export { Chart };
