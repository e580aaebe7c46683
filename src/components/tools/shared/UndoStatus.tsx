import { useRef } from 'preact/hooks';
import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import type { UndoApi } from './use-undo';
import './saved-state.css';

const UNDO = uses('undo');

interface Props {
  undo: UndoApi;
  /** The class of the status line, so each page can place it with its own styles. */
  class?: string;
}

/** The polite status line of the page's undo slot: what was done, and an Undo button while it can be undone. */
export function UndoStatus({ undo, class: className = 'cx-undo' }: Props) {
  const { undoText } = useText(UNDO);
  const said = useRef<HTMLParagraphElement>(null);
  const run = () => {
    undo.runUndo();
    // The button goes away; keep keyboard focus on the line that says what happened.
    setTimeout(() => said.current?.focus(), 0);
  };
  return (
    <div class={`${className} cx-no-print`}>
      <p role="status" tabIndex={-1} ref={said} class="cx-undo__message">
        {undo.message}
      </p>
      {undo.offer && (
        <button type="button" onClick={run}>
          {undoText.undo}
        </button>
      )}
    </div>
  );
}
