import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { AXIS_TICKS } from '../../../lib/spectrum/axes';
import { BAND_CUTS } from '../../../lib/spectrum/bands';
import { PLANE, xOf, yOf } from '../../../lib/spectrum/geometry';

const GRID = uses('spectrum-grid');

const BOTTOM = PLANE.height - PLANE.bottom;
const RIGHT = PLANE.width - PLANE.right;
const MID_X = (PLANE.left + RIGHT) / 2;
const MID_Y = (PLANE.top + BOTTOM) / 2;

/**
 * The frame, the lines between regions, ticks and axis words: decoration, hidden from screen readers
 * (the figure's caption says what the axes are). A nested <svg> is a group that shares the plane's units.
 */
export function Axes() {
  const { spectrumText, spectrumUi } = useText(GRID);
  const ui = spectrumUi.plane;
  return (
    <svg aria-hidden="true" overflow="visible">
      <rect
        class="cx-grid__frame"
        x={PLANE.left}
        y={PLANE.top}
        width={RIGHT - PLANE.left}
        height={BOTTOM - PLANE.top}
      />
      {BAND_CUTS.map((cut) => (
        <g key={cut}>
          <line class="cx-grid__cut" x1={xOf(cut)} x2={xOf(cut)} y1={PLANE.top} y2={BOTTOM} />
          <line class="cx-grid__cut" x1={PLANE.left} x2={RIGHT} y1={yOf(cut)} y2={yOf(cut)} />
        </g>
      ))}
      {AXIS_TICKS.map((t) => (
        <g key={t} class={t % 2 === 1 ? 'cx-grid__tick cx-grid__tick--odd' : 'cx-grid__tick'}>
          <line x1={xOf(t)} x2={xOf(t)} y1={BOTTOM} y2={BOTTOM + 5} />
          <line x1={PLANE.left - 5} x2={PLANE.left} y1={yOf(t)} y2={yOf(t)} />
          <text x={xOf(t)} y={BOTTOM + 18} text-anchor="middle">
            {t}
          </text>
          <text x={PLANE.left - 8} y={yOf(t)} text-anchor="end" dominant-baseline="central">
            {t}
          </text>
        </g>
      ))}
      <text class="cx-grid__axis-title" x={MID_X} y={PLANE.height - 8} text-anchor="middle">
        {spectrumText.axes.frequency.name} {ui.axisArrow}
      </text>
      <text class="cx-grid__end" x={PLANE.left} y={PLANE.height - 26} text-anchor="start">
        {ui.lowEnd.frequency}
      </text>
      <text class="cx-grid__end" x={RIGHT} y={PLANE.height - 26} text-anchor="end">
        {ui.highEnd.frequency}
      </text>
      <text class="cx-grid__axis-title" transform={`translate(14 ${MID_Y}) rotate(-90)`} text-anchor="middle">
        {spectrumText.axes.complexity.name} {ui.axisArrow}
      </text>
      <text class="cx-grid__end" transform={`translate(30 ${BOTTOM}) rotate(-90)`} text-anchor="start">
        {ui.lowEnd.complexity}
      </text>
      <text class="cx-grid__end" transform={`translate(30 ${PLANE.top}) rotate(-90)`} text-anchor="end">
        {ui.highEnd.complexity}
      </text>
    </svg>
  );
}
