import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import type { StateNotice } from '../../../lib/state/notice';
import { CopyLink } from './CopyLink';
import { SavedStatus } from './SavedStatus';
import { SaveIndicator } from './SaveIndicator';
import type { SavedStateView } from './use-saved-state';

const TOOLS = uses('tools-common');

interface Props {
  /** The class of the bar, so each tool can lay it out with its own styles. */
  class: string;
  /** The tool's saved state, from useToolState. */
  store: SavedStateView;
  /** Words a notice about a value that could not be used. */
  describeNotice: (notice: StateNotice) => string;
  onReset: () => void;
}

/** Every tool's top: copy a link, reset, whether the work is saved, and what the page has to say about it. */
export function ToolBar({ class: className, store, describeNotice, onReset }: Props) {
  const { toolsCommon } = useText(TOOLS);
  return (
    <>
      <div class={className}>
        <CopyLink label={toolsCommon.copyLink} copied={toolsCommon.copied} failed={toolsCommon.copyFailed} />
        <button type="button" onClick={() => onReset()}>
          {toolsCommon.reset}
        </button>
        <SaveIndicator state={store.saveState} />
      </div>
      <SavedStatus store={store} describeNotice={describeNotice} />
    </>
  );
}
