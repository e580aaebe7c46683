import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { kanoRows } from '../../../lib/board/views';
import type { BoardPart, BoardViewProps } from '../../classroom/board-parts';

const BOARD = uses('board');
const TOOL_NAMES = uses('tool-names');
const KANO = uses('kano');

/** Each group's Kano verdict per feature; features classified by two groups or more first. */
function BoardKano({ board, names }: BoardViewProps) {
  const { boardText: t } = useText(BOARD);
  const { toolNames } = useText(TOOL_NAMES);
  const { kanoText } = useText(KANO);
  const rows = kanoRows(board);
  if (rows.length === 0) return <p>{t.noData(toolNames.kano.title)}</p>;
  const groups = board.groups.map((g, i) => ({ g, i })).filter(({ g }) => g.tools.kano !== undefined);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section class="cx-board__scroll" tabIndex={0} aria-label={t.kanoCaption}>
      <table>
        <caption id="board-kano-caption">{t.kanoCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.feature}</th>
            {groups.map(({ i }) => (
              <th scope="col" key={i}>
                {i + 1}. {names[i]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.feature}>
              <th scope="row">
                {r.feature}
                {r.shared && ` (${t.shared})`}
              </th>
              {groups.map(({ i }) => {
                const v = r.verdicts[i];
                return <td key={i}>{v === undefined ? t.notClassified : `${kanoText.categories[v]} (${v})`}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The view under its heading. */
function KanoSection(props: BoardViewProps) {
  const { boardText: t } = useText(BOARD);
  return (
    <section aria-labelledby="board-kano">
      <h2 id="board-kano">{t.kanoHeading}</h2>
      <BoardKano {...props} />
    </section>
  );
}

/** Each group's Kano verdict per feature: the board shows it fourth. */
export const board: BoardPart = { order: 4, View: KanoSection };
