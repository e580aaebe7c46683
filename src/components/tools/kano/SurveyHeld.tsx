import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import type { HoldReason } from '../../../lib/kano/settings-sync';

const KANO = uses('kano');

interface Props {
  reason: HoldReason;
  /** True when this tab shows a survey it could keep. */
  canKeep: boolean;
  /** True when storage keeps another tab's survey that could be opened here. */
  canOpen: boolean;
  onKeep: () => void;
  onOpen: () => void;
}

/** Says why this tab saves nothing (another tab opened a different survey, or newer choices are kept) and lets the reader choose. */
export function SurveyHeld({ reason, canKeep, canOpen, onKeep, onOpen }: Props) {
  const { kanoText: t } = useText(KANO);
  return (
    <div class="cx-kano__held">
      <p role="status">{reason === 'other-survey' ? t.sync.held : t.sync.unreadable}</p>
      <div class="cx-kano__actions">
        {canKeep && (
          <button type="button" onClick={onKeep}>
            {t.sync.keepHere}
          </button>
        )}
        {reason === 'other-survey' && canOpen && (
          <button type="button" onClick={onOpen}>
            {t.sync.openOther}
          </button>
        )}
      </div>
    </div>
  );
}
