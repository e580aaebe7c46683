import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { type Agreement, type Answers, SCALE } from '../../../lib/quiz/scoring';
import { type Source, STATEMENTS, type StatementId, statementsOf } from '../../../lib/quiz/statements';

const QUIZ = uses('value-quiz');

interface Props {
  source: Source;
  answers: Answers;
  /** Prefix that keeps radio names unique when the quiz appears twice on a page. */
  idPrefix: string;
  heading: 'h2' | 'h3' | 'h4';
  onAnswer: (id: StatementId, value: Agreement | undefined) => void;
}

/** One source's statements, each a native radio group in a fieldset whose legend is the statement. */
export function StatementGroup({ source, answers, idPrefix, heading: H, onAnswer }: Props) {
  const { valueQuizText: t } = useText(QUIZ);
  const items = statementsOf(source);
  const done = items.filter((s) => answers[s.id] !== undefined).length;
  const headingId = `${idPrefix}-${source}`;
  return (
    <section class="cx-quiz__group">
      <H id={headingId} class="cx-quiz__group-heading">
        {t.sources[source]}
      </H>
      <p class="cx-quiz__group-meta">
        {t.sourceHints[source]} <span class="cx-quiz__group-count">{t.sourceProgress(done, items.length)}</span>
      </p>
      {items.map((s) => {
        const n = STATEMENTS.indexOf(s) + 1;
        const answer = answers[s.id];
        return (
          <fieldset key={s.id} class="cx-quiz__item">
            <legend>
              <span class="cx-quiz__num">{t.statementNumber(n)}:</span> {t.statements[s.id]}
            </legend>
            <div class="cx-quiz__scale">
              {SCALE.map((v, i) => (
                <label key={v} class="cx-quiz__option">
                  <input
                    type="radio"
                    name={`${idPrefix}-${s.id}`}
                    value={v}
                    checked={answer === v}
                    onChange={() => onAnswer(s.id, v)}
                  />
                  <span>{t.scale[i]}</span>
                </label>
              ))}
              <button
                type="button"
                class="cx-quiz__clear"
                aria-label={t.clearAnswerLabel(n)}
                onClick={() => onAnswer(s.id, undefined)}
              >
                {t.clearAnswer}
              </button>
            </div>
          </fieldset>
        );
      })}
    </section>
  );
}
