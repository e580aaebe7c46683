import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { positionLabel } from '../../../lib/spectrum/describe';
import { boxOf, centreOf } from '../../../lib/spectrum/geometry';
import { referenceLabel } from '../../../lib/spectrum/labels';
import { isSpread } from '../../../lib/spectrum/offering';
import type { ReferenceProduct } from '../../../lib/spectrum/references';
import { REFERENCES } from '../../../lib/spectrum/references';

const GRID = uses('spectrum-grid');

/** The shape of a reference product: a diamond for a point, a rounded box for a span. */
function Shape({ product, class: cls }: { product: ReferenceProduct; class: string }) {
  if (isSpread(product.placement)) {
    const b = boxOf(product.placement);
    return <rect class={cls} x={b.x} y={b.y} width={b.width} height={b.height} rx={6} />;
  }
  const { x, y } = centreOf(product.placement);
  return <path class={cls} d={`M ${x} ${y - 7} L ${x + 7} ${y} L ${x} ${y + 7} L ${x - 7} ${y} Z`} />;
}

/** The essays' reference products as drawn: diamonds, a dashed box for cars, and their names. Decoration only. */
export function ReferenceDrawing() {
  const { spectrumText } = useText(GRID);
  return (
    <svg class="cx-grid__refs" aria-hidden="true" overflow="visible">
      {REFERENCES.map((r) => {
        const name = spectrumText.references[r.id].name;
        const at = referenceLabel(r, name);
        return (
          <g key={r.id} class={isSpread(r.placement) ? 'cx-grid__ref cx-grid__ref--span' : 'cx-grid__ref'}>
            <Shape product={r} class="cx-grid__ref-shape" />
            <text class="cx-grid__ref-label" x={at.x} y={at.y} text-anchor={at.anchor} dominant-baseline="central">
              {name}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/**
 * One focusable target per reference product, with its name and value text, placed after the reader's own
 * markers so that Tab reaches those first. Each shows a ring only while it has keyboard focus.
 */
export function ReferenceTargets() {
  const { spectrumText, spectrumUi } = useText(GRID);
  return (
    <g class="cx-grid__ref-targets">
      {REFERENCES.map((r) => {
        const label = spectrumUi.plane.referenceMarker(
          positionLabel(spectrumText.references[r.id].name, r.placement, spectrumText),
        );
        return (
          // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG <g> is not interactive; it is focusable only so each reference can be reached and read
          <g key={r.id} class="cx-grid__ref-target" role="img" tabindex={0} aria-label={label}>
            <Shape product={r} class="cx-grid__ref-ring" />
          </g>
        );
      })}
    </g>
  );
}
