import type { JSX } from 'preact';
import { useState } from 'preact/hooks';

type Props = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'value' | 'onInput' | 'onChange'> & {
  value: string;
  /** The text as the reader left the field (on change). */
  onCommit: (value: string) => void;
};

/**
 * A text field committed on change whose typing survives a render before then: a controlled field would have
 * its text put back to `value` by any render in between (a save finishing, another tab's change).
 */
export function DraftInput({ value, onCommit, ...rest }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input
      {...rest}
      value={draft ?? value}
      onInput={(e) => setDraft(e.currentTarget.value)}
      onChange={(e) => {
        onCommit(e.currentTarget.value);
        setDraft(null);
      }}
    />
  );
}
