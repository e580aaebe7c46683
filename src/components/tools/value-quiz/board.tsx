import { formatFixed } from '../../../i18n/format';
import { useLocale, useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { quizScores } from '../../../lib/board/views';
import { SOURCES } from '../../../lib/quiz/statements';
import type { BoardPart, BoardViewProps } from '../../classroom/board-parts';

const BOARD = uses('board');
const TOOL_NAMES = uses('tool-names');
const VALUE_QUIZ = uses('value-quiz');

/** The groups' value-quiz scores side by side: one column per group. */
function BoardQuiz({ board, names }: BoardViewProps) {
  const { boardText: t } = useText(BOARD);
  const { toolNames } = useText(TOOL_NAMES);
  const { valueQuizText: qt } = useText(VALUE_QUIZ);
  const locale = useLocale();
  const rows = quizScores(board);
  if (rows.length === 0) return <p>{t.noData(toolNames['value-quiz'].title)}</p>;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section class="cx-board__scroll" tabIndex={0} aria-label={t.quizCaption}>
      <table>
        <caption id="board-quiz-caption">{t.quizCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.source}</th>
            {rows.map((r) => (
              <th scope="col" key={r.group}>
                {r.group + 1}. {names[r.group]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {SOURCES.map((s) => (
            <tr key={s}>
              <th scope="row">{qt.sources[s]}</th>
              {rows.map((r) => {
                const v = r.scores[s];
                return (
                  <td key={r.group}>
                    {v === undefined ? t.notClassified : formatFixed(v, 1, locale)}
                    {v !== undefined && (
                      <svg class="cx-board__bar" viewBox="0 0 50 4" aria-hidden="true">
                        <rect x={0} y={0} width={(v / 5) * 50} height={4} />
                      </svg>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The view under its heading. */
function QuizSection(props: BoardViewProps) {
  const { boardText: t } = useText(BOARD);
  return (
    <section aria-labelledby="board-quiz">
      <h2 id="board-quiz">{t.quizHeading}</h2>
      <BoardQuiz {...props} />
    </section>
  );
}

/** The groups' value-quiz scores side by side: the board shows it second. */
export const board: BoardPart = { order: 2, View: QuizSection };
