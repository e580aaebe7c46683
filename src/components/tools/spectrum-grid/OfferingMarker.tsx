import type { RefObject } from 'preact';
import { useRef } from 'preact/hooks';
import { centreOf } from '../../../lib/spectrum/geometry';
import { keyAction, keyChange } from '../../../lib/spectrum/keyboard';
import type { LabelPlace } from '../../../lib/spectrum/labels';
import type { Offering, OfferingChange } from '../../../lib/spectrum/offering';
import { middle, moveTo, placeAs } from '../../../lib/spectrum/offering';
import { scoresAt } from './pointer';

interface Props {
  offering: Offering;
  index: number;
  /** The accessible name and value text, e.g. "Meal kit: frequency 7, complexity 3". */
  label: string;
  selected: boolean;
  helpId: string;
  svg: RefObject<SVGSVGElement>;
  onMove: (index: number, change: OfferingChange) => void;
  onSelect: (index: number) => void;
}

/** Keeps a finger on a marker from scrolling the page, where touch-action on SVG is not honoured. */
export function stopScroll(e: TouchEvent): void {
  if (e.cancelable) e.preventDefault();
}

/** One of the reader's offerings: a numbered dot that moves by pointer (drag) or keyboard (arrows). */
export function OfferingMarker({ offering, index, label, selected, helpId, svg, onMove, onSelect }: Props) {
  const drag = useRef<{ id: number; df: number; dc: number } | null>(null);
  const { x, y } = centreOf(offering);

  const onPointerDown = (e: PointerEvent & { currentTarget: SVGGElement }) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    const at = scoresAt(svg.current, e.clientX, e.clientY);
    if (!at) return;
    e.preventDefault();
    e.currentTarget.focus({ preventScroll: true });
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = {
      id: e.pointerId,
      df: at.frequency - middle(offering.frequency),
      dc: at.complexity - middle(offering.complexity),
    };
    onSelect(index);
  };
  const onPointerMove = (e: PointerEvent) => {
    const d = drag.current;
    if (!d || d.id !== e.pointerId) return;
    const at = scoresAt(svg.current, e.clientX, e.clientY);
    if (at) onMove(index, placeAs(moveTo(offering, at.frequency - d.df, at.complexity - d.dc)));
  };
  const onPointerEnd = (e: PointerEvent) => {
    if (drag.current?.id === e.pointerId) drag.current = null;
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey) return;
    const action = keyAction(e.key, { shift: e.shiftKey, alt: e.altKey });
    if (!action) return;
    e.preventDefault();
    onSelect(index);
    if (action.kind !== 'select') onMove(index, keyChange(action));
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: <button> cannot be drawn inside SVG; a focusable <g> with role="button" is the SVG equivalent
    <g
      class={selected ? 'cx-grid__offering is-selected' : 'cx-grid__offering'}
      role="button"
      tabindex={0}
      aria-label={label}
      aria-describedby={helpId}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
      onTouchStart={stopScroll}
      onKeyDown={onKeyDown}
    >
      <circle class="cx-grid__hit" cx={x} cy={y} r={18} />
      <circle class="cx-grid__ring" cx={x} cy={y} r={14} />
      <circle class="cx-grid__dot" cx={x} cy={y} r={10} />
    </g>
  );
}

interface LabelProps {
  offering: Offering;
  index: number;
  /** The name shown beside the marker, shortened. */
  name: string;
  place: LabelPlace;
  selected: boolean;
}

/**
 * The number on a marker's dot and the name beside it. Drawn in a layer above the markers, hidden from
 * screen readers and pointers: the marker's accessible name already says all of it.
 */
export function OfferingLabel({ offering, index, name, place, selected }: LabelProps) {
  const { x, y } = centreOf(offering);
  return (
    <g class={selected ? 'cx-grid__label-group is-selected' : 'cx-grid__label-group'}>
      <text class="cx-grid__dot-number" x={x} y={y} text-anchor="middle" dominant-baseline="central">
        {index + 1}
      </text>
      <text class="cx-grid__label" x={place.x} y={place.y} text-anchor={place.anchor} dominant-baseline="central">
        {name}
      </text>
    </g>
  );
}
