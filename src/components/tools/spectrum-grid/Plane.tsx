import type { RefObject } from 'preact';
import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { BAND_EDGES, bandIndex } from '../../../lib/spectrum/bands';
import { positionLabel } from '../../../lib/spectrum/describe';
import { boxBetween, boxOf, PLANE } from '../../../lib/spectrum/geometry';
import { clipLabel, labelPlace, placeOfferingLabels } from '../../../lib/spectrum/labels';
import type { Offering, OfferingChange } from '../../../lib/spectrum/offering';
import { isSpread, middle, moveTo, placeAs } from '../../../lib/spectrum/offering';
import { REFERENCES } from '../../../lib/spectrum/references';
import { Axes } from './Axes';
import { OfferingLabel, OfferingMarker } from './OfferingMarker';
import { scoresAt } from './pointer';
import { ReferenceDrawing, ReferenceTargets } from './ReferenceLayer';
import { WidenHandle } from './WidenHandle';

const GRID = uses('spectrum-grid');

interface Props {
  offerings: readonly Offering[];
  names: readonly string[];
  selected: number;
  showReferences: boolean;
  labelId: string;
  helpId: string;
  svg: RefObject<SVGSVGElement>;
  onMove: (index: number, change: OfferingChange) => void;
  onSelect: (index: number) => void;
}

/** The selected offering's region, shaded; its name is in the reading beside the plane. */
function RegionHighlight({ offering }: { offering: Offering }) {
  const [f0, f1] = BAND_EDGES[bandIndex(middle(offering.frequency))] ?? [0, 10];
  const [c0, c1] = BAND_EDGES[bandIndex(middle(offering.complexity))] ?? [0, 10];
  const box = boxBetween(f0, f1, c0, c1);
  return (
    <svg aria-hidden="true" overflow="visible">
      <rect class="cx-grid__region" x={box.x} y={box.y} width={box.width} height={box.height} />
    </svg>
  );
}

/** The complexity-by-frequency plane: axes, regions, reference products and the reader's offerings. */
export function Plane({ offerings, names, selected, showReferences, labelId, helpId, svg, onMove, onSelect }: Props) {
  const { spectrumText, spectrumUi } = useText(GRID);
  const current = offerings[selected];
  const shortNames = names.map((n) => clipLabel(n));
  const refs = showReferences
    ? REFERENCES.map((product) => ({ product, name: spectrumText.references[product.id].name }))
    : [];
  const places = placeOfferingLabels(offerings, shortNames, refs);
  const placeSelected = (e: MouseEvent) => {
    if (!current) return;
    const at = scoresAt(svg.current, e.clientX, e.clientY);
    if (at) onMove(selected, placeAs(moveTo(current, at.frequency, at.complexity)));
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG drawing with focusable markers inside is a group; <fieldset> cannot live here
    <svg
      ref={svg}
      class="cx-grid__plane"
      viewBox={`0 0 ${PLANE.width} ${PLANE.height}`}
      width={PLANE.width}
      height={PLANE.height}
      role="group"
      aria-labelledby={labelId}
      xmlns="http://www.w3.org/2000/svg"
    >
      <svg aria-hidden="true" overflow="visible">
        <rect class="cx-grid__bg" x={0} y={0} width={PLANE.width} height={PLANE.height} />
      </svg>
      {current && <RegionHighlight offering={current} />}
      <Axes />
      <svg aria-hidden="true" overflow="visible">
        {/* biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut; the arrow keys and the typed fields do the same */}
        <rect
          class="cx-grid__click-area"
          x={PLANE.left}
          y={PLANE.top}
          width={PLANE.width - PLANE.left - PLANE.right}
          height={PLANE.height - PLANE.top - PLANE.bottom}
          onClick={placeSelected}
        />
      </svg>
      <svg class="cx-grid__spans" aria-hidden="true" overflow="visible">
        {offerings.map((o, i) => {
          if (!isSpread(o)) return null;
          const b = boxOf(o);
          const cls = i === selected ? 'cx-grid__span is-selected' : 'cx-grid__span';
          return <rect key={`span-${i}`} class={cls} x={b.x} y={b.y} width={b.width} height={b.height} rx={4} />;
        })}
      </svg>
      {showReferences && <ReferenceDrawing />}
      <g class="cx-grid__offerings">
        {offerings.map((o, i) => (
          <OfferingMarker
            key={`offering-${i}`}
            offering={o}
            index={i}
            label={spectrumUi.plane.ownMarker(positionLabel(names[i] ?? '', o, spectrumText), i === selected)}
            selected={i === selected}
            helpId={helpId}
            svg={svg}
            onMove={onMove}
            onSelect={onSelect}
          />
        ))}
      </g>
      <svg class="cx-grid__labels" aria-hidden="true" overflow="visible">
        {offerings.map((o, i) => (
          <OfferingLabel
            key={`label-${i}`}
            offering={o}
            index={i}
            name={shortNames[i] ?? ''}
            place={places[i] ?? labelPlace(0, 0, '', 'right', 0)}
            selected={i === selected}
          />
        ))}
      </svg>
      {showReferences && <ReferenceTargets />}
      {current && <WidenHandle offering={current} index={selected} svg={svg} onMove={onMove} />}
    </svg>
  );
}
