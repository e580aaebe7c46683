import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import type { SaveState } from './use-saved-state';

const TOOLS = uses('tools-common');

/** The tool bar's truthful "Saved in this browser" / "Not saved". */
export function SaveIndicator({ state }: { state: SaveState }) {
  const { toolsCommon: t } = useText(TOOLS);
  // Before the page has read storage (or without JavaScript) nothing can be claimed either way.
  if (state === 'pending') return null;
  const text = state === 'saved' ? t.saved.saved : state === 'shared' ? t.saved.shared : t.saved.notSaved;
  return (
    <span class={`cx-save-indicator cx-save-indicator--${state === 'saved' ? 'saved' : 'not-saved'}`}>{text}</span>
  );
}
