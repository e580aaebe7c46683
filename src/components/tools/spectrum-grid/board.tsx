import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { gridPoints } from '../../../lib/board/views';
import type { BoardPart, BoardViewProps } from '../../classroom/board-parts';

const BOARD = uses('board');
const TOOL_NAMES = uses('tool-names');

const spanText = (s: { from: number; to: number }) => (s.from === s.to ? String(s.from) : `${s.from}–${s.to}`);

/** Every group's offering on one complexity-by-frequency plane, with the positions as a table. */
function BoardGrid({ board, names }: BoardViewProps) {
  const { boardText: t } = useText(BOARD);
  const { toolNames } = useText(TOOL_NAMES);
  const points = gridPoints(board);
  if (points.length === 0) return <p>{t.noData(toolNames['spectrum-grid'].title)}</p>;
  const X = (v: number) => 12 + v * 8;
  const Y = (v: number) => 88 - v * 8;
  return (
    <>
      <svg class="cx-board__plane" viewBox="0 0 100 100" role="img" aria-label={t.gridLabel(points.length)}>
        <rect class="cx-board__frame" x={X(0)} y={Y(10)} width={80} height={80} />
        <line class="cx-board__mid" x1={X(5)} y1={Y(0)} x2={X(5)} y2={Y(10)} />
        <line class="cx-board__mid" x1={X(0)} y1={Y(5)} x2={X(10)} y2={Y(5)} />
        <text class="cx-board__axis" x={X(5)} y={98} text-anchor="middle">
          {t.frequency} →
        </text>
        <text class="cx-board__axis" x={4} y={Y(5)} text-anchor="middle" transform={`rotate(-90 4 ${Y(5)})`}>
          {t.complexity} →
        </text>
        {points.map((p) => (
          <g key={p.group}>
            <rect
              class="cx-board__span"
              x={X(p.frequency.from) - 1}
              y={Y(p.complexity.to) - 1}
              width={(p.frequency.to - p.frequency.from) * 8 + 2}
              height={(p.complexity.to - p.complexity.from) * 8 + 2}
            />
            <circle class="cx-board__dot" cx={X(p.x)} cy={Y(p.y)} r={3.2} />
            <text class="cx-board__dot-label" x={X(p.x)} y={Y(p.y) + 1.3} text-anchor="middle">
              {p.group + 1}
            </text>
          </g>
        ))}
      </svg>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
      <section class="cx-board__scroll" tabIndex={0} aria-label={t.gridCaption}>
        <table>
          <caption id="board-grid-caption">{t.gridCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.group}</th>
              <th scope="col">{t.frequency}</th>
              <th scope="col">{t.complexity}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.group}>
                <th scope="row">
                  {p.group + 1}. {names[p.group]}
                </th>
                <td>{spanText(p.frequency)}</td>
                <td>{spanText(p.complexity)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

/** The view under its heading. */
function GridSection(props: BoardViewProps) {
  const { boardText: t } = useText(BOARD);
  return (
    <section aria-labelledby="board-grid">
      <h2 id="board-grid">{t.gridHeading}</h2>
      <BoardGrid {...props} />
    </section>
  );
}

/** Every group's offering on one complexity-by-frequency plane: the board shows it first. */
export const board: BoardPart = { order: 1, View: GridSection };
