import type { RefObject } from 'preact';
import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import type { Offering, OfferingChange } from '../../../lib/spectrum/offering';
import { MAX_OFFERINGS, offeringKey } from '../../../lib/spectrum/offering';
import { Heading } from './Heading';
import { OfferingCard } from './OfferingCard';

const GRID = uses('spectrum-grid');

interface Props {
  offerings: readonly Offering[];
  names: readonly string[];
  selected: number;
  showReferences: boolean;
  level: number;
  idBase: string;
  status: string;
  addButton: RefObject<HTMLButtonElement>;
  /** A change to the offering known as `key`, applied to it as it is when the change lands. */
  onChange: (key: string, change: OfferingChange) => void;
  onSelect: (index: number) => void;
  onRemove: (index: number) => void;
  onAdd: () => void;
  onReferences: (show: boolean) => void;
}

/** The id of an offering's name field (by the offering's key), so focus can move to it after adding. */
export function nameFieldId(idBase: string, key: string): string {
  return `${idBase}-name-${key}`;
}

/** The typed path to every value: one card per offering, add, and the reference-layer switch. */
export function OfferingList(p: Props) {
  const { spectrumUi } = useText(GRID);
  const ui = spectrumUi.offerings;
  const full = p.offerings.length >= MAX_OFFERINGS;
  const headingId = `${p.idBase}-offerings`;
  return (
    <section class="cx-grid__offerings-panel" aria-labelledby={headingId}>
      <Heading level={p.level} id={headingId}>
        {spectrumUi.headings.offerings}
      </Heading>
      <label class="cx-grid__check">
        <input type="checkbox" checked={p.showReferences} onChange={(e) => p.onReferences(e.currentTarget.checked)} />{' '}
        {ui.showReferences}
      </label>
      {p.offerings.length === 0 && <p>{ui.none}</p>}
      <ol class="cx-grid__cards">
        {/* Keyed by id: when another tab removes an offering, the field being typed in stays with its offering. */}
        {p.offerings.map((o, i) => (
          <OfferingCard
            key={offeringKey(o, i)}
            offering={o}
            index={i}
            name={p.names[i] ?? ''}
            selected={i === p.selected}
            nameId={nameFieldId(p.idBase, offeringKey(o, i))}
            onChange={(change) => p.onChange(offeringKey(o, i), change)}
            onSelect={p.onSelect}
            onRemove={p.onRemove}
          />
        ))}
      </ol>
      <p class="cx-grid__add cx-no-print">
        <button
          type="button"
          ref={p.addButton}
          onClick={p.onAdd}
          disabled={full}
          aria-describedby={full ? `${p.idBase}-max` : undefined}
        >
          {ui.add}
        </button>{' '}
        {full && <span id={`${p.idBase}-max`}>{ui.max}</span>}
      </p>
      <p role="status" class="cx-grid__status">
        {p.status}
      </p>
    </section>
  );
}
