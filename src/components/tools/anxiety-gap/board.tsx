import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { anxietyRows } from '../../../lib/board/views';
import type { BoardPart, BoardViewProps } from '../../classroom/board-parts';

const BOARD = uses('board');
const TOOL_NAMES = uses('tool-names');
const ANXIETY = uses('anxiety-gap');

/** The groups' anxiety indices and main drivers: one table and one bar chart. */
function BoardAnxiety({ board, names }: BoardViewProps) {
  const { boardText: t } = useText(BOARD);
  const { toolNames } = useText(TOOL_NAMES);
  const { anxietyGap: at } = useText(ANXIETY);
  const rows = anxietyRows(board);
  if (rows.length === 0) return <p>{t.noData(toolNames['anxiety-gap'].title)}</p>;
  const h = rows.length * 14 + 6;
  return (
    <>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
      <section class="cx-board__scroll" tabIndex={0} aria-label={t.anxietyCaption}>
        <table>
          <caption id="board-anxiety-caption">{t.anxietyCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.group}</th>
              <th scope="col">{t.today}</th>
              <th scope="col">{t.changed}</th>
              <th scope="col">{t.driver}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.group}>
                <th scope="row">
                  {r.group + 1}. {names[r.group]}
                </th>
                <td>
                  {r.today} ({at.results.bands[r.todayBand]})
                </td>
                <td>
                  {r.changed} ({at.results.bands[r.changedBand]})
                </td>
                <td>{r.driver === undefined ? t.noDriver : at.results.factors[r.driver]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <svg class="cx-board__bars" viewBox={`0 0 120 ${h}`} role="img" aria-label={t.anxietyChart(rows.length)}>
        {rows.map((r, i) => (
          <g key={r.group}>
            <text class="cx-board__bar-label" x={0} y={i * 14 + 9}>
              {r.group + 1}
            </text>
            <rect class="cx-board__today" x={8} y={i * 14 + 2} width={r.today} height={5} />
            <rect class="cx-board__changed" x={8} y={i * 14 + 8} width={r.changed} height={5} />
          </g>
        ))}
      </svg>
      <p class="cx-board__legend">
        <span class="cx-board__key cx-board__key--today" aria-hidden="true" /> {t.today}{' '}
        <span class="cx-board__key cx-board__key--changed" aria-hidden="true" /> {t.changed}
      </p>
    </>
  );
}

/** The view under its heading. */
function AnxietySection(props: BoardViewProps) {
  const { boardText: t } = useText(BOARD);
  return (
    <section aria-labelledby="board-anxiety">
      <h2 id="board-anxiety">{t.anxietyHeading}</h2>
      <BoardAnxiety {...props} />
    </section>
  );
}

/** The groups' anxiety indices and main drivers: the board shows it third. */
export const board: BoardPart = { order: 3, View: AnxietySection };
