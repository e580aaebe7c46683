import type { RefObject } from 'preact';
import { useRef } from 'preact/hooks';
import { PLANE, xOf, yOf } from '../../../lib/spectrum/geometry';
import type { Offering, OfferingChange } from '../../../lib/spectrum/offering';
import { isSpread, middle, placeAs, setHalfWidths } from '../../../lib/spectrum/offering';
import { stopScroll } from './OfferingMarker';
import { scoresAt } from './pointer';

interface Props {
  offering: Offering;
  index: number;
  svg: RefObject<SVGSVGElement>;
  onMove: (index: number, change: OfferingChange) => void;
}

const OFFSET = 18;
const SIZE = 10;

/**
 * A square at the top-right corner of the selected offering: dragging it widens the offering into a
 * span around its middle. Pointer only; the keyboard (Alt+arrows) and the typed ranges do the same.
 */
export function WidenHandle({ offering, index, svg, onMove }: Props) {
  const dragging = useRef<number | null>(null);
  const spread = isSpread(offering);
  const hx = spread ? xOf(offering.frequency.to) : xOf(middle(offering.frequency)) + OFFSET;
  const hy = spread ? yOf(offering.complexity.to) : yOf(middle(offering.complexity)) - OFFSET;
  const x = Math.min(PLANE.width - SIZE, Math.max(0, hx - SIZE / 2));
  const y = Math.min(PLANE.height - SIZE, Math.max(0, hy - SIZE / 2));

  const onPointerDown = (e: PointerEvent & { currentTarget: SVGGElement }) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    dragging.current = e.pointerId;
  };
  const onPointerMove = (e: PointerEvent) => {
    if (dragging.current !== e.pointerId) return;
    const at = scoresAt(svg.current, e.clientX, e.clientY);
    if (!at) return;
    onMove(
      index,
      placeAs(
        setHalfWidths(offering, at.frequency - middle(offering.frequency), at.complexity - middle(offering.complexity)),
      ),
    );
  };
  const onPointerEnd = (e: PointerEvent) => {
    if (dragging.current === e.pointerId) dragging.current = null;
  };

  return (
    <svg class="cx-grid__handle" aria-hidden="true" overflow="visible">
      <g
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
        onTouchStart={stopScroll}
      >
        <rect class="cx-grid__hit" x={x - 9} y={y - 9} width={SIZE + 18} height={SIZE + 18} />
        <rect class="cx-grid__handle-box" x={x} y={y} width={SIZE} height={SIZE} />
      </g>
    </svg>
  );
}
