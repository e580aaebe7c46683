import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { island, useLang, useLocale, useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { anxietyCodec, URL_KEYS } from '../../../lib/anxiety/codec';
import { anxietyCurve, keyPoints, tailDays } from '../../../lib/anxiety/curve';
import { EXAMPLES, type ExampleId } from '../../../lib/anxiety/examples';
import { complexityFromGrid, type GridComplexity } from '../../../lib/anxiety/from-grid';
import { type ModelInput, type Scenario, toModelInput } from '../../../lib/anxiety/inputs';
import { leverEffects } from '../../../lib/anxiety/levers';
import { defaultCurrency, formatNumber } from '../../../lib/anxiety/money';
import type { Business } from '../../../lib/anxiety/revenue';
import { SCENARIOS, type ScenarioId } from '../../../lib/anxiety/state';
import { summarise } from '../../../lib/anxiety/summary';
import { displayUnit, fromDays } from '../../../lib/anxiety/units';
import { browserStore } from '../shared/browser-store';
import { LiveSummary } from '../shared/LiveSummary';
import { ToolBar } from '../shared/ToolBar';
import { InputsRegion, ResultsRegion } from '../shared/ToolRegions';
import { useToolState } from '../shared/useToolState';
import { BusinessFields } from './BusinessFields';
import { CurveChart, type Series } from './CurveChart';
import { CurveTable } from './CurveTable';
import { Examples } from './Examples';
import { FormulaSection } from './FormulaSection';
import { type AnxietyText, level } from './format';
import { IndexResults } from './IndexResults';
import { LeverTable } from './LeverTable';
import { anxietyNotice } from './notice-text';
import { RevenueTable } from './RevenueTable';
import { ScenarioFields } from './ScenarioFields';

const ANXIETY = uses('anxiety-gap');
const LIVE = uses('live-summary');

/** Heading level of the tool's sections: 2 on the tool's own page, 3 inside a chapter section. */
export interface AnxietyGapProps {
  headingLevel?: 2 | 3;
}

/** A scenario's curve as chart points in the display unit, with the moment of value marked. */
function seriesOf(id: ScenarioId, input: ModelInput, unit: ReturnType<typeof displayUnit>, t: AnxietyText): Series {
  const pts = anxietyCurve(input);
  const valueAt = pts.findIndex((p) => p.days >= input.gapDays);
  return { label: t.scenario[id], points: pts.map((p) => ({ x: fromDays(p.days, unit), y: p.anxiety })), valueAt };
}

/**
 * The anxiety-gap calculator: two scenarios side by side, their anxiety index, curve and revenue
 * at risk, and what each change would do. State lives in the URL and in localStorage.
 */
function AnxietyGapView({ headingLevel = 2 }: AnxietyGapProps) {
  const { anxietyGap: t } = useText(ANXIETY);
  const { liveSummary } = useText(LIVE);
  const lang = useLang();
  const locale = useLocale();
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const Sub = headingLevel === 3 ? 'h4' : 'h3';
  const store = useToolState(anxietyCodec, URL_KEYS);
  const { state, setState, reset } = store;
  const resultsId = `cx-anx-results-${useId()}`;
  const generation = store.generation;
  const [grid, setGrid] = useState<GridComplexity | null>(null);
  useEffect(() => setGrid(complexityFromGrid(browserStore())), []);

  const localeCurrency = defaultCurrency(locale);
  const currency = state.currency === 'auto' ? localeCurrency : state.currency;
  const inputs = useMemo(
    () => ({ today: toModelInput(state.today), changed: toModelInput(state.changed) }),
    [state.today, state.changed],
  );
  const summaries = useMemo(() => ({ today: summarise(inputs.today), changed: summarise(inputs.changed) }), [inputs]);
  const unit = displayUnit(Math.max(...SCENARIOS.map((id) => inputs[id].gapDays + tailDays(inputs[id].gapDays))));
  const series = useMemo(
    () => [seriesOf('today', inputs.today, unit, t), seriesOf('changed', inputs.changed, unit, t)] as [Series, Series],
    [inputs, unit, t],
  );
  const points = useMemo(() => ({ today: keyPoints(inputs.today), changed: keyPoints(inputs.changed) }), [inputs]);
  const levers = useMemo(() => leverEffects(inputs.today), [inputs]);

  const patchScenario = (id: ScenarioId) => (patch: Partial<Scenario>) =>
    setState((s) => ({ ...s, [id]: { ...s[id], ...patch } }));
  const patchBusiness = (patch: Partial<Business>) =>
    setState((s) => ({ ...s, business: { ...s.business, ...patch } }));
  const loadExample = (example: ExampleId, into: ScenarioId) =>
    store.replace(
      { ...state, [into]: { ...EXAMPLES[example] } },
      t.examples.loaded(t.examples.names[example], t.scenario[into]),
    );
  const copyToday = () => store.replace({ ...state, changed: { ...state.today } }, t.copiedTodayToChanged);
  const startOver = reset;

  return (
    <section class="cx-anx cx-tool" aria-label={t.title}>
      <ToolBar
        class="cx-anx__toolbar"
        store={store}
        describeNotice={(n) => anxietyNotice(n, lang)}
        onReset={startOver}
      />
      <p class="cx-anx__intro">{t.intro}</p>
      <p class="cx-anx__note">{t.ourModel}</p>
      <p class="cx-anx__hint">{t.numberHint(formatNumber(1250.5, locale))}</p>
      <InputsRegion>
        <Examples onLoad={loadExample} />
        <div class="cx-anx__scenarios" key={generation}>
          {SCENARIOS.map((id) => (
            <ScenarioFields
              key={id}
              id={id}
              value={state[id]}
              onPatch={patchScenario(id)}
              locale={locale}
              grid={grid}
            />
          ))}
        </div>
        <div class="cx-anx__toolbar">
          <button type="button" onClick={copyToday}>
            {t.copyTodayToChanged}
          </button>
        </div>
        <BusinessFields
          key={generation}
          value={state.business}
          currency={state.currency}
          localeCurrency={localeCurrency}
          onPatch={patchBusiness}
          onCurrency={(c) => setState((s) => ({ ...s, currency: c }))}
          locale={locale}
        />
      </InputsRegion>
      <LiveSummary target={resultsId}>
        {liveSummary.anxiety(
          level(summaries.today.index, locale),
          t.results.bands[summaries.today.band],
          level(summaries.changed.index, locale),
          t.results.bands[summaries.changed.band],
        )}
      </LiveSummary>
      <ResultsRegion id={resultsId}>
        <IndexResults summaries={summaries} locale={locale} Heading={Heading} />
        <section class="cx-anx__section">
          <Heading>{t.curve.heading}</Heading>
          <CurveChart series={series} unitName={t.units.time(unit)} locale={locale} />
          <CurveTable points={points} locale={locale} />
        </section>
        <section class="cx-anx__section">
          <Heading>{t.revenue.heading}</Heading>
          <p class="cx-anx__note">{t.revenue.note}</p>
          <RevenueTable
            business={state.business}
            index={{ today: summaries.today.index, changed: summaries.changed.index }}
            currency={currency}
            locale={locale}
          />
        </section>
        <section class="cx-anx__section">
          <Heading>{t.levers.heading}</Heading>
          <LeverTable
            scenario={t.scenario.today}
            index={summaries.today.index}
            effects={levers}
            business={state.business}
            currency={currency}
            locale={locale}
          />
        </section>
      </ResultsRegion>
      <FormulaSection Heading={Heading} Sub={Sub} />
    </section>
  );
}

/** The anxiety-gap calculator as an island: takes the page's `lang` besides its own props. */
export const AnxietyGap = island(AnxietyGapView);
