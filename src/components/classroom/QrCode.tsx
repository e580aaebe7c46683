import { useMemo } from 'preact/hooks';
import { encode } from 'uqr';

interface Props {
  text: string;
  label: string;
  tooLong: string;
}

/** Longest text drawn as a QR code; longer addresses are shown as text only. */
const MAX_QR = 2000;

/** A QR code drawn as one SVG path in the browser (uqr, no network); dark on light in both themes. */
export function QrCode({ text, label, tooLong }: Props) {
  const path = useMemo(() => {
    if (text.length > MAX_QR) return undefined;
    try {
      const qr = encode(text, { ecc: 'L', border: 2 });
      let d = '';
      qr.data.forEach((row, y) => {
        row.forEach((dark, x) => {
          if (dark) d += `M${x} ${y}h1v1h-1z`;
        });
      });
      return { d, size: qr.size };
    } catch {
      return undefined;
    }
  }, [text]);
  if (!path) return <p>{tooLong}</p>;
  return (
    <svg
      class="cx-qr"
      viewBox={`0 0 ${path.size} ${path.size}`}
      role="img"
      aria-label={label}
      shape-rendering="crispEdges"
    >
      <rect width={path.size} height={path.size} fill="#fff" />
      <path d={path.d} fill="#000" />
    </svg>
  );
}
