import { useId } from 'preact/hooks';
import { island, useLang, useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { KANO_KEYS, kanoCodec } from '../../../lib/kano/codec';
import { kanoKey } from '../../../lib/live-summary';
import { LiveSummary } from '../shared/LiveSummary';
import { ToolBar } from '../shared/ToolBar';
import { useToolState } from '../shared/useToolState';
import { EvaluationTable } from './EvaluationTable';
import { KanoFormula } from './KanoFormula';
import { kanoNotice } from './notice-text';
import { SinglePair } from './SinglePair';
import { SurveyPanel } from './SurveyPanel';
import { readKept, saveSettings, saveSurvey, writeKept } from './saved-survey';

interface Props {
  /** Level of the tool's section headings: 2 on the tool's own page (default), 3 inside a chapter. */
  headingLevel?: 2 | 3;
}

const KANO = uses('kano');
const LIVE_SUMMARY = uses('live-summary');
const TOOLS_COMMON = uses('tools-common');

const MODES = ['single', 'survey'] as const;

function KanoClassifierView({ headingLevel = 2 }: Props) {
  const { kanoText: t } = useText(KANO);
  const { liveSummary } = useText(LIVE_SUMMARY);
  const { toolsCommon } = useText(TOOLS_COMMON);
  const lang = useLang();
  const store = useToolState(kanoCodec, KANO_KEYS);
  const { state, setState, reset } = store;
  const id = `cx-kano-${useId()}`;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const key = kanoKey(state.mode, state.functional, state.dysfunctional);
  return (
    <div class="cx-kano cx-tool">
      <ToolBar
        class="cx-kano__toolbar"
        store={store}
        describeNotice={(n) => kanoNotice(n, lang)}
        onReset={() => {
          // The survey and its mapping are kept apart from the tool's state: reset forgets them, undo puts them back.
          const kept = readKept();
          saveSurvey('');
          saveSettings('');
          // Undo puts both texts back as they were, the choices with their revision.
          reset(() => writeKept(kept), kept.text === null ? toolsCommon.resetDone : t.resetWithSurvey);
        }}
      />
      <p class="cx-kano__intro">{t.intro}</p>
      <fieldset class="cx-kano__mode">
        <legend>{t.modeLegend}</legend>
        {MODES.map((m) => (
          <label key={m} class="cx-kano__option">
            <input
              type="radio"
              name={`${id}-mode`}
              value={m}
              checked={state.mode === m}
              onChange={() => setState((s) => ({ ...s, mode: m }))}
            />
            <span>{t.modes[m]}</span>
          </label>
        ))}
      </fieldset>
      <section class="cx-kano__panel" aria-labelledby={`${id}-panel`}>
        <H id={`${id}-panel`}>{t.modes[state.mode]}</H>
        {state.mode === 'single' ? (
          <SinglePair
            feature={state.feature}
            functional={state.functional}
            dysfunctional={state.dysfunctional}
            onChange={(patch) => setState((s) => ({ ...s, ...patch }))}
          />
        ) : (
          <>
            <SurveyPanel heading={Sub} undo={store.undo} />
            <details class="cx-kano__table-ref">
              <summary>{t.tableCaption}</summary>
              <EvaluationTable functional="" dysfunctional="" />
            </details>
          </>
        )}
      </section>
      {key.kind !== 'survey' && (
        <LiveSummary target={`${id}-panel`}>
          {key.kind === 'verdict'
            ? liveSummary.kanoVerdict(`${t.categories[key.category]} (${key.category})`)
            : liveSummary.kanoPending}
        </LiveSummary>
      )}
      <KanoFormula heading={H} id={`${id}-formula`} />
    </div>
  );
}

/** The Kano classifier: one answer pair or a whole survey, by the standard Kano method; an island root. */
export const KanoClassifier = island(KanoClassifierView);
