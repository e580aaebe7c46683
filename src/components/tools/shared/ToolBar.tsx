import { toolsCommon } from '../../../i18n/en/tools-common';
import type { StateNotice } from '../../../lib/state/notice';
import { CopyLink } from './CopyLink';
import { Notices } from './Notices';

interface Props {
  /** The class of the bar, so each tool can lay it out with its own styles. */
  class: string;
  notices: StateNotice[];
  onDismiss: () => void;
  onReset: () => void;
}

/** Every tool's top: copy a link to the current result, reset it, and what could not be read. */
export function ToolBar({ class: className, notices, onDismiss, onReset }: Props) {
  return (
    <>
      <div class={className}>
        <CopyLink label={toolsCommon.copyLink} copied={toolsCommon.copied} failed={toolsCommon.copyFailed} />
        <button type="button" onClick={onReset}>
          {toolsCommon.reset}
        </button>
      </div>
      <Notices
        notices={notices}
        heading={toolsCommon.noticesHeading}
        dismissLabel={toolsCommon.dismiss}
        onDismiss={onDismiss}
      />
    </>
  );
}
