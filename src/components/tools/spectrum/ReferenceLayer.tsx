import { spectrumText, spectrumUi } from '../../../i18n/en/spectrum-grid';
import { positionLabel } from '../../../lib/spectrum/describe';
import { boxOf, centreOf } from '../../../lib/spectrum/geometry';
import { referenceLabel } from '../../../lib/spectrum/labels';
import { isSpread } from '../../../lib/spectrum/offering';
import type { ReferenceProduct } from '../../../lib/spectrum/references';
import { REFERENCES } from '../../../lib/spectrum/references';

function Reference({ product: r }: { product: ReferenceProduct }) {
  const name = spectrumText.references[r.id].name;
  const label = spectrumUi.plane.referenceMarker(positionLabel(name, r.placement, spectrumText));
  const at = referenceLabel(r, name);
  if (isSpread(r.placement)) {
    const box = boxOf(r.placement);
    return (
      <g class="cx-grid__ref cx-grid__ref--span" role="img" tabindex={0} aria-label={label}>
        <rect class="cx-grid__ref-shape" x={box.x} y={box.y} width={box.width} height={box.height} rx={6} />
        <text class="cx-grid__ref-label" x={at.x} y={at.y} text-anchor={at.anchor} dominant-baseline="central">
          {name}
        </text>
      </g>
    );
  }
  const { x, y } = centreOf(r.placement);
  return (
    <g class="cx-grid__ref" role="img" tabindex={0} aria-label={label}>
      <path class="cx-grid__ref-shape" d={`M ${x} ${y - 7} L ${x + 7} ${y} L ${x} ${y + 7} L ${x - 7} ${y} Z`} />
      <text class="cx-grid__ref-label" x={at.x} y={at.y} text-anchor={at.anchor} dominant-baseline="central">
        {name}
      </text>
    </g>
  );
}

/** The essays' reference products: diamonds for points, a dashed box for cars. Focusable, each with a label. */
export function ReferenceLayer() {
  return (
    <g class="cx-grid__refs">
      {REFERENCES.map((r) => (
        <Reference key={r.id} product={r} />
      ))}
    </g>
  );
}
