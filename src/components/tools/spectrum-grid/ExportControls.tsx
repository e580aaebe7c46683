import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { PLANE } from '../../../lib/spectrum/geometry';
import { downloadBlob } from '../shared/download';
import { pngFromSvg, standaloneSvg } from './export';

const GRID = uses('spectrum-grid');

/** Buttons that save the plane as it looks now, as SVG or PNG, with a polite status line. */
export function ExportControls({ svg }: { svg: RefObject<SVGSVGElement> }) {
  const { spectrumUi } = useText(GRID);
  const ui = spectrumUi.exporting;
  const [status, setStatus] = useState('');
  const save = async (kind: 'svg' | 'png') => {
    const el = svg.current;
    const text = el ? standaloneSvg(el, spectrumUi.plane.title) : '';
    if (text === '') {
      setStatus(ui.failed);
      return;
    }
    const file = `${ui.fileBase}.${kind}`;
    try {
      const blob =
        kind === 'svg'
          ? new Blob([text], { type: 'image/svg+xml' })
          : await pngFromSvg(text, PLANE.width, PLANE.height);
      downloadBlob(blob, file);
      setStatus(ui.done(file));
    } catch {
      setStatus(ui.failed);
    }
  };
  return (
    <span class="cx-grid__export">
      <button type="button" onClick={() => save('svg')}>
        {ui.svg}
      </button>{' '}
      <button type="button" onClick={() => save('png')}>
        {ui.png}
      </button>{' '}
      <span role="status" class="cx-grid__status">
        {status}
      </span>
    </span>
  );
}
