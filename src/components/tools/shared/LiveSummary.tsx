import type { ComponentChildren } from 'preact';
import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';

const LIVE = uses('live-summary');

interface Props {
  /** The id of the tool's results region, which the link jumps to. */
  target: string;
  children: ComponentChildren;
}

/**
 * The key result in one line, kept in sight at the bottom of the screen while the reader fills in a
 * tool on a narrow screen (tool-layout.css), with a link to the full results. Neither a live region (the
 * results already announce their changes) nor a landmark (a chapter may hold two tools).
 */
export function LiveSummary({ target, children }: Props) {
  const { liveSummary: t } = useText(LIVE);
  return (
    <div class="cx-live cx-no-print">
      <p class="cx-live__text">{children}</p>
      <a class="cx-live__link" href={`#${target}`}>
        {t.seeResults}
      </a>
    </div>
  );
}
