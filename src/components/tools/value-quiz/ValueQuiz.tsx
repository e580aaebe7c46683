import { useId } from 'preact/hooks';
import { island, useLang, useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { quizKey } from '../../../lib/live-summary';
import { MAX_OFFERING_LENGTH, QUIZ_KEYS, quizCodec } from '../../../lib/quiz/codec';
import { type Agreement, answeredCount, completeProfile, scoreAll, withAnswer } from '../../../lib/quiz/scoring';
import { SOURCES, STATEMENTS, type StatementId } from '../../../lib/quiz/statements';
import { LiveSummary } from '../shared/LiveSummary';
import { ToolBar } from '../shared/ToolBar';
import { InputsRegion, ResultsRegion } from '../shared/ToolRegions';
import { useToolState } from '../shared/useToolState';
import { quizNotice } from './notice-text';
import { QuizFormula } from './QuizFormula';
import { QuizResult } from './QuizResult';
import { SpectrumFit } from './SpectrumFit';
import { StatementGroup } from './StatementGroup';

const QUIZ = uses('value-quiz');
const LIVE = uses('live-summary');

interface Props {
  /** Level of the tool's section headings: 2 on the tool's own page (default), 3 inside a chapter. */
  headingLevel?: 2 | 3;
}

/** The value quiz: statements about one offering, scored across the essay's four sources of value. */
function ValueQuizView({ headingLevel = 2 }: Props) {
  const { valueQuizText: t } = useText(QUIZ);
  const { liveSummary } = useText(LIVE);
  const lang = useLang();
  const store = useToolState(quizCodec, QUIZ_KEYS);
  const { state, setState, reset } = store;
  const id = `cx-quiz-${useId()}`;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const scores = scoreAll(state.answers);
  const profile = completeProfile(state.answers);
  const done = answeredCount(state.answers);
  const key = quizKey(state.answers);
  const summaryText =
    key.kind === 'leading'
      ? liveSummary.quizLeading(key.sources.map((s) => t.sources[s]).join(', '), key.score)
      : liveSummary.quizPending(key.answered, key.total);
  const setAnswer = (sid: StatementId, value: Agreement | undefined) =>
    setState((s) => ({ ...s, answers: withAnswer(s.answers, sid, value) }));

  return (
    <div class="cx-quiz cx-tool">
      <ToolBar class="cx-quiz__toolbar" store={store} describeNotice={(n) => quizNotice(n, lang)} onReset={reset} />
      <p class="cx-quiz__intro">{t.intro}</p>
      <InputsRegion>
        <div class="cx-quiz__offering">
          <label for={`${id}-offering`}>{t.offeringLabel}</label>
          <input
            id={`${id}-offering`}
            type="text"
            maxLength={MAX_OFFERING_LENGTH}
            autocomplete="off"
            aria-describedby={`${id}-offering-hint`}
            value={state.offering}
            onInput={(e) => {
              const offering = e.currentTarget.value;
              setState((s) => ({ ...s, offering }));
            }}
          />
          <p id={`${id}-offering-hint`} class="cx-quiz__hint">
            {t.offeringHint}
          </p>
        </div>
        <div class="cx-quiz__progress">
          <p id={`${id}-progress`} role="status">
            {t.progress(done, STATEMENTS.length)}
            {profile ? ` ${t.profileReady}` : ''}
          </p>
          <progress max={STATEMENTS.length} value={done} aria-labelledby={`${id}-progress`} />
        </div>
        {SOURCES.map((source) => (
          <StatementGroup
            key={source}
            source={source}
            answers={state.answers}
            idPrefix={id}
            heading={H}
            onAnswer={setAnswer}
          />
        ))}
      </InputsRegion>
      <LiveSummary target={`${id}-results`}>{summaryText}</LiveSummary>
      <ResultsRegion id={`${id}-results`}>
        <section class="cx-quiz__result" aria-labelledby={`${id}-result`}>
          <H id={`${id}-result`}>{t.resultHeading}</H>
          <QuizResult scores={scores} profile={profile} offering={state.offering} sub={Sub} />
          <Sub>{t.spectrumHeading}</Sub>
          <SpectrumFit
            offering={state.offering}
            profile={profile}
            frequency={state.frequency}
            complexity={state.complexity}
            onPlace={(frequency, complexity, cleared) =>
              cleared && (state.frequency !== null || state.complexity !== null)
                ? store.replace({ ...state, frequency, complexity }, t.placeCleared)
                : setState((s) => ({ ...s, frequency, complexity }))
            }
          />
        </section>
      </ResultsRegion>
      <QuizFormula heading={H} id={`${id}-formula`} />
    </div>
  );
}

/** The value quiz as an island: takes the page's `lang` besides its own props. */
export const ValueQuiz = island(ValueQuizView);
