import { useState } from 'preact/hooks';
import { useLang, useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import type { Analysis } from '../../../lib/kano/analysis';
import { formatNumber } from './ResultsTable';

const KANO = uses('kano');

interface Props {
  analysis: Analysis;
}

const SIZE = 320;
const PAD = 36;
/** Both scores run from −2 to 4. */
const MIN = -2;
const MAX = 4;
const at = (v: number) => PAD + ((v - MIN) / (MAX - MIN)) * (SIZE - 2 * PAD);

/** The secondary, continuous reading: mean functional and dysfunctional scores per feature, as a table and a small plot. */
export function ContinuousView({ analysis }: Props) {
  const { kanoText: t } = useText(KANO);
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const features = analysis.overall.features;
  const points = features.flatMap((f) => {
    const x = f.continuous.dysfunctional.mean;
    const y = f.continuous.functional.mean;
    return x === undefined || y === undefined ? [] : [{ name: f.name, x, y }];
  });
  return (
    <details class="cx-kano__continuous" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t.continuous.heading}</summary>
      {/* Drawn when opened: a closed section need not hold a table of hundreds of features. */}
      {open && (
        <>
          {t.continuous.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
          <section class="cx-kano__scroll" aria-label={t.continuous.caption} tabIndex={0}>
            <table class="cx-kano__results">
              <caption>{t.continuous.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.columns.feature}</th>
                  <th scope="col">{t.continuous.functional}</th>
                  <th scope="col">{t.continuous.dysfunctional}</th>
                </tr>
              </thead>
              <tbody>
                {features.map((f, i) => (
                  <tr key={`${f.name}-${i}`}>
                    <th scope="row">{f.name}</th>
                    <td>
                      {t.continuous.value(
                        formatNumber(f.continuous.functional.mean, 2, lang),
                        formatNumber(f.continuous.functional.sd, 2, lang),
                      )}
                    </td>
                    <td>
                      {t.continuous.value(
                        formatNumber(f.continuous.dysfunctional.mean, 2, lang),
                        formatNumber(f.continuous.dysfunctional.sd, 2, lang),
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          {points.length > 0 && (
            <svg
              class="cx-kano__plot"
              viewBox={`0 0 ${SIZE} ${SIZE}`}
              role="img"
              aria-label={t.continuous.plotLabel(points.length)}
            >
              <line x1={at(0)} y1={PAD} x2={at(0)} y2={SIZE - PAD} class="cx-kano__plot-axis" />
              <line x1={PAD} y1={SIZE - at(0)} x2={SIZE - PAD} y2={SIZE - at(0)} class="cx-kano__plot-axis" />
              <text x={SIZE / 2} y={SIZE - 8} text-anchor="middle" class="cx-kano__plot-label">
                {t.continuous.xAxis}
              </text>
              <text
                x={12}
                y={SIZE / 2}
                text-anchor="middle"
                transform={`rotate(-90 12 ${SIZE / 2})`}
                class="cx-kano__plot-label"
              >
                {t.continuous.yAxis}
              </text>
              {points.map((p, i) => (
                <g key={`${p.name}-${i}`}>
                  <circle cx={at(p.x)} cy={SIZE - at(p.y)} r={4} class="cx-kano__plot-point" />
                  <text x={at(p.x) + 6} y={SIZE - at(p.y) + 4} class="cx-kano__plot-label">
                    {p.name.length > 18 ? `${p.name.slice(0, 17)}…` : p.name}
                  </text>
                </g>
              ))}
            </svg>
          )}
        </>
      )}
    </details>
  );
}
