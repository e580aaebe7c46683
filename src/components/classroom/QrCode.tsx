import { useEffect, useState } from 'preact/hooks';
import { encode } from 'uqr';

interface Props {
  text: string;
  label: string;
  tooLong: string;
}

/** Longest text drawn as a QR code; longer addresses are shown as text only. */
const MAX_QR = 2000;

/** A drawing of one text: an SVG path of its dark modules, or undefined when it cannot be a QR code. */
interface Drawing {
  text: string;
  path: { d: string; size: number } | undefined;
}

/** Encodes `text` (tens of ms for a long address: the masks are tried in turn) and traces its modules. */
function draw(text: string): Drawing {
  if (text.length > MAX_QR) return { text, path: undefined };
  try {
    const qr = encode(text, { ecc: 'L', border: 2 });
    let d = '';
    qr.data.forEach((row, y) => {
      row.forEach((dark, x) => {
        if (dark) d += `M${x} ${y}h1v1h-1z`;
      });
    });
    return { text, path: { d, size: qr.size } };
  } catch {
    return { text, path: undefined };
  }
}

/**
 * A QR code drawn as one SVG path in the browser (uqr, no network); dark on light in both themes. It is
 * drawn in a task of its own once the page has answered (the page's first paint or the keystroke that
 * changed it need not wait for it); until then a blank square of the same size holds its place, and
 * the code is hidden from assistive technology until it is the current text's.
 */
export function QrCode({ text, label, tooLong }: Props) {
  const [drawing, setDrawing] = useState<Drawing | undefined>(undefined);
  useEffect(() => {
    if (drawing?.text === text) return;
    const timer = setTimeout(() => setDrawing(draw(text)), 0);
    return () => clearTimeout(timer);
  }, [text, drawing]);
  const current = drawing?.text === text;
  if (current && !drawing?.path) return <p>{tooLong}</p>;
  const path = drawing?.path ?? { d: '', size: 1 };
  return (
    <svg
      class="cx-qr"
      viewBox={`0 0 ${path.size} ${path.size}`}
      shape-rendering="crispEdges"
      role="img"
      aria-label={label}
      aria-hidden={current ? undefined : 'true'}
    >
      <rect width={path.size} height={path.size} fill="#fff" />
      <path d={path.d} fill="#000" />
    </svg>
  );
}
