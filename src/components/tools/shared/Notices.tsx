import type { StateNotice } from '../../../lib/state/notice';

interface Props {
  notices: StateNotice[];
  /** Words one notice in the page's language. */
  wordsOf: (notice: StateNotice) => string;
  heading: string;
  dismissLabel: string;
  onDismiss: () => void;
}

/** Lists what could not be used from a link, file or storage; text only, never markup. */
export function Notices({ notices, wordsOf, heading, dismissLabel, onDismiss }: Props) {
  return (
    <div role="status" class="cx-notices">
      {notices.length > 0 && (
        <>
          <p class="cx-notices__heading">{heading}</p>
          <ul>
            {notices.map((n, i) => (
              <li key={`${n.key}-${i}`}>{wordsOf(n)}</li>
            ))}
          </ul>
          <button type="button" onClick={onDismiss}>
            {dismissLabel}
          </button>
        </>
      )}
    </div>
  );
}
