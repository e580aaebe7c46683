import type { Ref } from 'preact';
import { profileText as t } from '../../i18n/profile';
import type { ChartStatus } from './use-profile-chart';

interface Props {
  canvasRef: Ref<HTMLCanvasElement>;
  status: ChartStatus;
  label: string;
  width: number;
  height: number;
}

/** A chart's canvas, named as an image, with its drawing state; the summary beside it carries the data. */
export function ChartBox({ canvasRef, status, label, width, height }: Props) {
  return (
    <div class={`cx-profile__chart cx-profile__chart--${status}`}>
      <canvas ref={canvasRef} width={width} height={height} role="img" aria-label={label} />
      {(status === 'loading' || status === 'failed') && (
        <p class="cx-profile__chart-status">{status === 'loading' ? t.chart.loading : t.chart.failed}</p>
      )}
    </div>
  );
}
