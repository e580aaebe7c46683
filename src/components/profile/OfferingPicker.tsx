import { useText } from '../../i18n/island';
import { uses } from '../../i18n/text';
import { LIMITS, offeringLabel, type ProfileOffering } from '../../lib/profile/model';

const PROFILE = uses('profile');

interface Props {
  idBase: string;
  offerings: readonly ProfileOffering[];
  current: number;
  status: string;
  onShow: (index: number) => void;
  onName: (name: string) => void;
  onAdd: () => void;
  onRemove: () => void;
}

/** Which offering is shown, its name, and adding or removing offerings (up to three). */
export function OfferingPicker({ idBase, offerings, current, status, onShow, onName, onAdd, onRemove }: Props) {
  const o = useText(PROFILE).profileText.offerings;
  const shown = offerings[current];
  const full = offerings.length >= LIMITS.offerings;
  return (
    <div class="cx-profile__picker cx-no-print">
      {offerings.length > 1 && (
        <fieldset class="cx-profile__choice">
          <legend>{o.legend}</legend>
          {offerings.map((x, i) => (
            <label key={`${i}-${offerings.length}`} class="cx-profile__option">
              <input type="radio" name={`${idBase}-shown`} checked={i === current} onChange={() => onShow(i)} />
              <span>{offeringLabel(x, i, o.unnamed)}</span>
            </label>
          ))}
        </fieldset>
      )}
      <div class="cx-profile__field">
        <label for={`${idBase}-name`}>{o.nameLabel}</label>
        <input
          id={`${idBase}-name`}
          type="text"
          autocomplete="off"
          maxLength={LIMITS.name}
          aria-describedby={`${idBase}-name-hint`}
          value={shown?.name ?? ''}
          onInput={(e) => onName(e.currentTarget.value)}
        />
        <p id={`${idBase}-name-hint`} class="cx-profile__hint">
          {o.nameHint}
        </p>
      </div>
      <div class="cx-profile__actions">
        {full ? (
          <p class="cx-profile__hint">{o.max(LIMITS.offerings)}</p>
        ) : (
          <button type="button" onClick={onAdd}>
            {o.add}
          </button>
        )}
        <button type="button" onClick={onRemove}>
          {offerings.length > 1 ? o.remove : o.clear}
        </button>
      </div>
      <p class="cx-profile__status" role="status">
        {status}
      </p>
    </div>
  );
}
