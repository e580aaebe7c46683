import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import type { KeyMoment } from '../../../lib/anxiety/curve';
import { SCENARIOS, type ScenarioId } from '../../../lib/anxiety/state';
import { type AnxietyText, formatSpan, level } from './format';

const ANXIETY = uses('anxiety-gap');

/** One key point of a curve. */
export interface KeyPoint {
  moment: KeyMoment;
  days: number;
  anxiety: number;
}

interface Props {
  points: Record<ScenarioId, KeyPoint[]>;
  locale: string;
}

/** The curve in words, one sentence per scenario. */
function words(id: ScenarioId, pts: KeyPoint[], locale: string, t: AnxietyText): string {
  const at = (m: KeyMoment) => pts.find((p) => p.moment === m);
  const start = at('purchase');
  const peak = at('value') ?? start;
  const end = at('after');
  const closes = at('window-closes');
  const closed = at('window-closed');
  if (!start || !peak || !end) return '';
  const d = (days: number) => formatSpan(days, locale, t);
  const main = t.curve.words(
    t.scenario[id],
    level(start.anxiety, locale),
    level(peak.anxiety, locale),
    d(peak.days),
    level(end.anxiety, locale),
    d(end.days),
  );
  if (!closes || !closed) return main;
  return `${main} ${t.curve.wordsWindow(d(closes.days), level(closes.anxiety, locale), level(closed.anxiety, locale))}`;
}

/** The curve's text equivalent: a table of key points for both scenarios, and the same in words. */
export function CurveTable({ points, locale }: Props) {
  const { anxietyGap: t } = useText(ANXIETY);
  const c = t.curve;
  return (
    <>
      {SCENARIOS.map((id) => (
        <p key={id} class="cx-anx__words">
          {words(id, points[id], locale, t)}
        </p>
      ))}
      <table class="cx-anx__table">
        <caption>{c.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.moment}</th>
            <th scope="col">{c.time}</th>
            <th scope="col">{c.anxiety}</th>
          </tr>
        </thead>
        {SCENARIOS.map((id) => (
          <tbody key={id}>
            <tr>
              <th scope="colgroup" colSpan={3} class="cx-anx__group">
                {t.scenario[id]}
              </th>
            </tr>
            {points[id].map((p) => (
              <tr key={`${id}-${p.moment}`}>
                <th scope="row">{c.moments[p.moment]}</th>
                <td>{formatSpan(p.days, locale, t)}</td>
                <td>{level(p.anxiety, locale)}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </>
  );
}
