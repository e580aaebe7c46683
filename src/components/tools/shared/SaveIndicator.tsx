import { toolsCommon as t } from '../../../i18n/tools-common';
import type { SaveState } from './use-saved-state';

/** The tool bar's truthful "Saved in this browser" / "Not saved". */
export function SaveIndicator({ state }: { state: SaveState }) {
  // Before the page has read storage (or without JavaScript) nothing can be claimed either way.
  if (state === 'pending') return null;
  const text = state === 'saved' ? t.saved.saved : state === 'shared' ? t.saved.shared : t.saved.notSaved;
  return (
    <span class={`cx-save-indicator cx-save-indicator--${state === 'saved' ? 'saved' : 'not-saved'}`}>{text}</span>
  );
}
