import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import type { AxisId } from '../../../lib/spectrum/axes';
import { AXIS_IDS } from '../../../lib/spectrum/axes';
import type { Offering, OfferingChange } from '../../../lib/spectrum/offering';
import { centreSpan, changeAxis, MAX_NAME_LENGTH, middle, renameTo, setEnd } from '../../../lib/spectrum/offering';
import { NumberField } from './NumberField';

const GRID = uses('spectrum-grid');

interface Props {
  offering: Offering;
  index: number;
  name: string;
  selected: boolean;
  nameId: string;
  /** A change of the fields edited alone, applied by the page to the offering as it is then (not as drawn here). */
  onChange: (change: OfferingChange) => void;
  onSelect: (index: number) => void;
  onRemove: (index: number) => void;
}

/** One offering's typed controls: name, the middle on each axis, and the span's ends. */
export function OfferingCard({ offering, index, name, selected, nameId, onChange, onSelect, onRemove }: Props) {
  const { spectrumText, spectrumUi } = useText(GRID);
  const ui = spectrumUi.offerings;
  const of = ui.of(name);
  const label = (axis: AxisId) => spectrumText.axes[axis].name;
  const keep = (change: OfferingChange, pick: (o: Offering) => number) => {
    onChange(change);
    return pick(change(offering));
  };
  return (
    <li class={selected ? 'cx-grid__card is-selected' : 'cx-grid__card'} onFocusIn={() => onSelect(index)}>
      <fieldset>
        <legend>
          <span class="cx-grid__card-number" aria-hidden="true">
            {index + 1}
          </span>{' '}
          {name}
        </legend>
        <span class="cx-grid__field cx-grid__field--name">
          <label for={nameId}>
            {ui.name}
            <span class="cx-sr-only">{` ${index + 1}`}</span>
          </label>
          <input
            id={nameId}
            type="text"
            maxLength={MAX_NAME_LENGTH}
            placeholder={ui.namePlaceholder}
            value={offering.name}
            onInput={(e) => onChange(renameTo(e.currentTarget.value))}
          />
        </span>
        <div class="cx-grid__pair">
          {AXIS_IDS.map((axis) => (
            <NumberField
              key={axis}
              label={label(axis)}
              hidden={of}
              value={middle(offering[axis])}
              onCommit={(v) =>
                keep(
                  changeAxis(axis, (s) => centreSpan(s, v)),
                  (o) => middle(o[axis]),
                )
              }
            />
          ))}
        </div>
        <details class="cx-grid__span-fields">
          <summary>
            {ui.span}
            <span class="cx-sr-only">{of}</span>
          </summary>
          <p class="cx-grid__hint">{ui.spanHelp}</p>
          {AXIS_IDS.map((axis) => (
            <div class="cx-grid__pair" key={axis}>
              <NumberField
                label={`${label(axis)} ${ui.from}`}
                hidden={of}
                value={offering[axis].from}
                onCommit={(v) =>
                  keep(
                    (o) => setEnd(o, axis, 'from', v),
                    (o) => o[axis].from,
                  )
                }
              />
              <NumberField
                label={`${label(axis)} ${ui.to}`}
                hidden={of}
                value={offering[axis].to}
                onCommit={(v) =>
                  keep(
                    (o) => setEnd(o, axis, 'to', v),
                    (o) => o[axis].to,
                  )
                }
              />
            </div>
          ))}
        </details>
        <div class="cx-grid__card-actions">
          <button type="button" aria-pressed={selected} onClick={() => onSelect(index)}>
            {ui.show}
            <span class="cx-sr-only">{of}</span>
          </button>
          <button type="button" onClick={() => onRemove(index)}>
            {ui.remove}
            <span class="cx-sr-only">{` ${name}`}</span>
          </button>
        </div>
      </fieldset>
    </li>
  );
}
