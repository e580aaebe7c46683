import type { ComponentChildren } from 'preact';
import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';

const LIVE = uses('live-summary');

interface Props {
  children: ComponentChildren;
}

/** A tool's inputs; on a wide screen they sit beside the results (tool-layout.css). */
export function InputsRegion({ children }: Props) {
  return <div class="cx-tool__inputs">{children}</div>;
}

/**
 * A tool's results; on a wide screen kept in view beside the inputs, with its own scroll when taller
 * than the screen, so it can be reached and scrolled by keyboard (tabindex).
 */
export function ResultsRegion({ id, children }: Props & { id: string }) {
  const { liveSummary: t } = useText(LIVE);
  return (
    // biome-ignore lint/a11y: a scrolling container must be reachable by keyboard; a group (not a fieldset: no form here) names it
    <div class="cx-tool__results" id={id} role="group" aria-label={t.resultsRegion} tabIndex={0}>
      {children}
    </div>
  );
}
