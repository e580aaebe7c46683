import type { ComponentChildren } from 'preact';
import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import type { StoreProblem } from '../../../lib/state/format';
import type { StateNotice } from '../../../lib/state/notice';
import { Notices } from './Notices';
import { UndoStatus } from './UndoStatus';
import type { SavedStateView } from './use-saved-state';
import './saved-state.css';

const TOOLS = uses('tools-common');

interface Props {
  store: SavedStateView;
  /** Words a notice about a value that could not be used. */
  describeNotice: (notice: StateNotice) => string;
  /** Words a problem that kept saved data from being read (only stores whose reading can fail have any). */
  describeProblem?: (problem: StoreProblem) => string;
  /** Names the fields another tab changed, when the page can; a count otherwise. */
  describeElsewhere?: (count: number) => ComponentChildren;
}

/**
 * What a page says about its saved state: that a shared copy is shown (and the reader's choices),
 * storage that failed, data kept aside, edits another tab made, values replaced, and the undo line.
 */
export function SavedStatus({ store, describeNotice, describeProblem, describeElsewhere }: Props) {
  const { toolsCommon: t } = useText(TOOLS);
  const s = store;
  const problem = s.saveState === 'unavailable' || s.saveState === 'full' ? t.storage[s.saveState] : '';
  return (
    <div class="cx-saved-status cx-no-print">
      {s.mode === 'shared' && (
        <div class="cx-saved-status__shared">
          <p>
            <strong>{t.shared.heading}</strong> {t.shared.body}
          </p>
          <p class="cx-saved-status__actions">
            <button type="button" onClick={s.keepAsMine}>
              {t.shared.keep}
            </button>
            <button type="button" onClick={s.backToOwn}>
              {t.shared.back}
            </button>
          </p>
        </div>
      )}
      {s.addressDamaged && <p class="cx-saved-status__problem">{t.storage.addressDamaged}</p>}
      <p role="status" class="cx-saved-status__problem">
        {problem}
        {problem !== '' && s.fromAddress ? ` ${t.storage.fromAddress}` : ''}
      </p>
      {s.aside !== null && (
        <div class="cx-saved-status__aside">
          <p>{t.storage.unreadable}</p>
          {s.problems.length > 0 && describeProblem && (
            <ul>
              {s.problems.map((p, i) => (
                <li key={`${i}-${p.code}`}>{describeProblem(p)}</li>
              ))}
            </ul>
          )}
          <p class="cx-saved-status__actions">
            <button type="button" onClick={s.downloadAside}>
              {t.storage.download}
            </button>
            <button type="button" onClick={s.discardAside}>
              {t.storage.discard}
            </button>
          </p>
        </div>
      )}
      <div role="status" class="cx-saved-status__elsewhere">
        {s.elsewhere.length > 0 && (
          <>
            <p>{describeElsewhere ? describeElsewhere(s.elsewhere.length) : t.elsewhere(s.elsewhere.length)}</p>
            <button type="button" onClick={s.dismissElsewhere}>
              {t.dismiss}
            </button>
          </>
        )}
      </div>
      <Notices
        notices={s.notices}
        wordsOf={describeNotice}
        heading={t.noticesHeading}
        dismissLabel={t.dismiss}
        onDismiss={() => s.setNotices([])}
      />
      <UndoStatus undo={s.undo} />
    </div>
  );
}
