import { localeOf } from '../../../i18n/format';
import { type Namespaces, textOf, uses } from '../../../i18n/text';
import { anxietyCurve, type KeyMoment, keyPoints } from '../../../lib/anxiety/curve';
import { type ModelInput, toModelInput } from '../../../lib/anxiety/inputs';
import { FACTOR_IDS } from '../../../lib/anxiety/model';
import { formatNumber } from '../../../lib/anxiety/money';
import { SCENARIOS, type ScenarioId } from '../../../lib/anxiety/state';
import { summarise } from '../../../lib/anxiety/summary';
import { displayUnit, fromDays, type TimeUnit, toDays } from '../../../lib/anxiety/units';
import type { Summary } from '../../../lib/profile/summary';
import { decodeTool } from '../../../lib/profile/tool-state';
import type { ProfilePart } from '../../profile/tool-parts';
import { AnxietyChart as Chart } from './ProfileChart';

const PROFILE = uses('profile');
const ANXIETY = uses('anxiety-gap');

/** The calculator's words in one language. */
type AnxietyWords = Namespaces['anxiety-gap']['anxietyGap'];

/** What the line chart draws: each scenario's curve in one time unit, and the peaks for its label. */
export interface AnxietyChart {
  unit: TimeUnit;
  series: { id: ScenarioId; label: string; points: { x: number; y: number }[] }[];
  peaks: Record<ScenarioId, string>;
}

/** A duration in words in a chosen unit: "8 weeks", "1.5 days". */
function duration(at: AnxietyWords, days: number, unit: TimeUnit, locale: string): string {
  const shown = formatNumber(fromDays(days, unit), locale, 1);
  return `${shown} ${at.units.time(unit, shown === formatNumber(1, locale) ? 1 : 2)}`;
}

/** A duration in the unit that reads best. */
function span(at: AnxietyWords, days: number, locale: string): string {
  return duration(at, days, days > 0 ? displayUnit(days) : 'day', locale);
}

function level(n: number, locale: string): string {
  return formatNumber(Math.round(n), locale, 0);
}

/** The factor adding the most to a scenario's index, or '' when none adds anything. */
function topDriver(at: AnxietyWords, input: ModelInput): string {
  const exact = summarise(input).exact.contributions;
  let best: (typeof FACTOR_IDS)[number] | undefined;
  for (const id of FACTOR_IDS) if (exact[id] > 0 && (best === undefined || exact[id] > exact[best])) best = id;
  return best === undefined ? '' : at.results.factors[best];
}

/** A curve in words, as the calculator writes it: start, peak at the moment of value, end. */
function curveWords(at: AnxietyWords, id: ScenarioId, input: ModelInput, locale: string): string {
  const pts = keyPoints(input);
  const find = (m: KeyMoment) => pts.find((p) => p.moment === m);
  const start = find('purchase');
  const peak = find('value') ?? start;
  const end = find('after');
  if (!start || !peak || !end) return '';
  return at.curve.words(
    at.scenario[id],
    level(start.anxiety, locale),
    level(peak.anxiety, locale),
    span(at, peak.days, locale),
    level(end.anxiety, locale),
    span(at, end.days, locale),
  );
}

/** The calculator's two indices with their bands, the main driver, the time to value and both curves, in `lang`. */
export function anxietySummary(query: string, lang: string): Summary<AnxietyChart> {
  const state = decodeTool('anxiety-gap', query);
  const locale = localeOf(lang);
  const a = textOf(lang, PROFILE).profileText.anxiety;
  const at = textOf(lang, ANXIETY).anxietyGap;
  const inputs = { today: toModelInput(state.today), changed: toModelInput(state.changed) };
  const sums = { today: summarise(inputs.today), changed: summarise(inputs.changed) };
  const index = (id: ScenarioId) => a.index(level(sums[id].index, locale), at.results.bands[sums[id].band]);
  const driver = topDriver(at, inputs.today);
  const rows = [
    { id: 'today', label: a.today, value: index('today') },
    { id: 'changed', label: a.changed, value: index('changed') },
    { id: 'driver', label: a.driver, value: driver === '' ? a.noDriver : driver },
    {
      id: 'gap',
      label: a.gap,
      value: duration(at, toDays(state.today.gap, state.today.gapUnit), state.today.gapUnit, locale),
    },
  ];
  const curves = SCENARIOS.map((id) => ({ id, points: anxietyCurve(inputs[id]) }));
  const longest = Math.max(...curves.map((c) => c.points[c.points.length - 1]?.days ?? 0));
  const unit = displayUnit(longest);
  const series = curves.map((c) => ({
    id: c.id,
    label: at.scenario[c.id],
    points: c.points.map((p) => ({ x: fromDays(p.days, unit), y: p.anxiety })),
  }));
  const notes = SCENARIOS.map((id) => curveWords(at, id, inputs[id], locale)).filter((s) => s !== '');
  return {
    rows,
    notes,
    chart: {
      unit,
      series,
      peaks: { today: level(sums.today.index, locale), changed: level(sums.changed.index, locale) },
    },
  };
}

/** The calculator's part of the profile: its summary and both curves. */
export const profile: ProfilePart<AnxietyChart> = {
  summary: anxietySummary,
  chart: (data) => <Chart data={data} />,
};
