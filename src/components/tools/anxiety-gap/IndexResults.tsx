import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { FACTOR_IDS } from '../../../lib/anxiety/model';
import { SCENARIOS, type ScenarioId } from '../../../lib/anxiety/state';
import type { Summary } from '../../../lib/anxiety/summary';
import { type AnxietyText, level, signed } from './format';

const ANXIETY = uses('anxiety-gap');

interface Props {
  summaries: Record<ScenarioId, Summary>;
  locale: string;
  Heading: 'h2' | 'h3';
}

/** The largest positive contribution's factor name. */
function topDriver(s: Summary, t: AnxietyText): string {
  const drivers = FACTOR_IDS.filter((id) => s.exact.contributions[id] > 0);
  const top = drivers.reduce<(typeof FACTOR_IDS)[number] | null>(
    (best, id) => (best === null || s.exact.contributions[id] > s.exact.contributions[best] ? id : best),
    null,
  );
  return top === null ? '' : t.results.factors[top];
}

/** Both indices with their bands, the difference, and what drives each. */
export function IndexResults({ summaries, locale, Heading }: Props) {
  const { anxietyGap: t } = useText(ANXIETY);
  const r = t.results;
  const diff = summaries.changed.index - summaries.today.index;
  return (
    <section class="cx-anx__section">
      <Heading>{r.heading}</Heading>
      <div class="cx-anx__cards">
        {SCENARIOS.map((id) => (
          <div key={id} class={`cx-anx__card cx-anx__card--${id} cx-anx__band--${summaries[id].band}`}>
            <p class="cx-anx__card-title">{t.scenario[id]}</p>
            <p class="cx-anx__index">
              <span class="cx-anx__number">{level(summaries[id].index, locale)}</span>{' '}
              <span class="cx-anx__outof">{r.outOf}</span>
            </p>
            <p class="cx-anx__band">{r.band(r.bands[summaries[id].band])}</p>
          </div>
        ))}
      </div>
      <p class="cx-anx__difference" role="status">
        {r.difference(diff)}
      </p>
      <table class="cx-anx__table">
        <caption>
          {r.contributionsHeading}
          <span class="cx-anx__caption-note">{r.contributionsCaption}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{r.factorColumn}</th>
            {SCENARIOS.map((id) => (
              <th key={id} scope="col">
                {t.scenario[id]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {FACTOR_IDS.map((factor) => (
            <tr key={factor}>
              <th scope="row">{r.factors[factor]}</th>
              {SCENARIOS.map((id) => (
                <td key={id}>{signed(summaries[id].contributions[factor], locale)}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{r.total}</th>
            {SCENARIOS.map((id) => (
              <td key={id}>{level(summaries[id].index, locale)}</td>
            ))}
          </tr>
        </tfoot>
      </table>
      <ul class="cx-anx__drivers">
        {SCENARIOS.map((id) => {
          const top = topDriver(summaries[id], t);
          return top === '' ? null : <li key={id}>{r.topDriver(t.scenario[id], top)}</li>;
        })}
      </ul>
    </section>
  );
}
