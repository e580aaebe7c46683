/**
 * The part of chart.js every chart shares: the core, the two scales, the elements and the tooltip
 * and legend plugins, registered once. Each chart kind's setup imports this and registers only its
 * own controller(s), so the browser fetches chart.js once (one chunk, cached across pages) and the
 * offline edition carries one copy.
 *
 * Registering Legend and Tooltip for every kind changes no drawing: the charts that had no legend
 * turn it off (`legend: { display: false }`), and the profile's charts take no events, so no tooltip.
 */
import { BarElement, CategoryScale, Chart, Legend, LinearScale, LineElement, PointElement, Tooltip } from 'chart.js';

Chart.register(CategoryScale, LinearScale, BarElement, LineElement, PointElement, Tooltip, Legend);

export { Chart };
