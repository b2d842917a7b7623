/*
 * Program Office: the chart library the milestones tab uses, bundled by esbuild (npm run build) into the plugin jar as
 * js/program-office-charts-lib.js: Chart.js with only the parts the tab draws (floating bars for the forecast cones,
 * points for targets, lines for burnups). Exposes window.ProgramOfficeChartsLib = {Chart}.
 */
import {
    BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement,
    ScatterController, Tooltip
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement,
    PointElement, ScatterController, Tooltip);

window.ProgramOfficeChartsLib = {Chart: Chart};
