import { formatFixed } from '../../i18n/format';
import { useLocale, useText } from '../../i18n/island';
import { uses } from '../../i18n/text';
import type { Board } from '../../lib/board/model';
import { anxietyRows, gridPoints, kanoRows, quizScores } from '../../lib/board/views';
import { SOURCES } from '../../lib/quiz/statements';

const BOARD = uses('board');
const ANXIETY = uses('anxiety-gap');
const KANO = uses('kano');
const VALUE_QUIZ = uses('value-quiz');

interface Props {
  board: Board;
  names: string[];
}

const spanText = (s: { from: number; to: number }) => (s.from === s.to ? String(s.from) : `${s.from}–${s.to}`);

/** Every group's offering on one complexity-by-frequency plane, with the positions as a table. */
export function BoardGrid({ board, names }: Props) {
  const { boardText: t } = useText(BOARD);
  const points = gridPoints(board);
  if (points.length === 0) return <p>{t.noData(t.toolNames['spectrum-grid'])}</p>;
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

/** The groups' value-quiz scores side by side: one column per group. */
export function BoardQuiz({ board, names }: Props) {
  const { boardText: t } = useText(BOARD);
  const { valueQuizText: qt } = useText(VALUE_QUIZ);
  const locale = useLocale();
  const rows = quizScores(board);
  if (rows.length === 0) return <p>{t.noData(t.toolNames['value-quiz'])}</p>;
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

/** The groups' anxiety indices and main drivers: one table and one bar chart. */
export function BoardAnxiety({ board, names }: Props) {
  const { boardText: t } = useText(BOARD);
  const { anxietyGap: at } = useText(ANXIETY);
  const rows = anxietyRows(board);
  if (rows.length === 0) return <p>{t.noData(t.toolNames['anxiety-gap'])}</p>;
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

/** Each group's Kano verdict per feature; features classified by two groups or more first. */
export function BoardKano({ board, names }: Props) {
  const { boardText: t } = useText(BOARD);
  const { kanoText } = useText(KANO);
  const rows = kanoRows(board);
  if (rows.length === 0) return <p>{t.noData(t.toolNames.kano)}</p>;
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
