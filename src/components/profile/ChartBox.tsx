import type { Ref } from 'preact';
import { useText } from '../../i18n/island';
import { uses } from '../../i18n/text';
import type { ChartStatus } from './use-profile-chart';

const PROFILE = uses('profile');

interface Props {
  canvasRef: Ref<HTMLCanvasElement>;
  status: ChartStatus;
  label: string;
  width: number;
  height: number;
}

/** A chart's canvas, named as an image, with its drawing state; the summary beside it carries the data. */
export function ChartBox({ canvasRef, status, label, width, height }: Props) {
  const { profileText: t } = useText(PROFILE);
  return (
    <div class={`cx-profile__chart cx-profile__chart--${status}`}>
      <canvas ref={canvasRef} width={width} height={height} role="img" aria-label={label} />
      {(status === 'loading' || status === 'failed') && (
        <p class="cx-profile__chart-status">{status === 'loading' ? t.chart.loading : t.chart.failed}</p>
      )}
    </div>
  );
}
