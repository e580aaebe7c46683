import { useState } from 'preact/hooks';

interface Props {
  label: string;
  copied: string;
  failed: string;
}

/** Copies the current address, which carries the tool's whole state, and says so politely. */
export function CopyLink({ label, copied, failed }: Props) {
  const [message, setMessage] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setMessage(copied);
    } catch {
      setMessage(failed);
    }
  };
  return (
    <span class="cx-copy-link">
      <button type="button" onClick={copy}>
        {label}
      </button>
      <span role="status" class="cx-copy-link__status">
        {message}
      </span>
    </span>
  );
}
