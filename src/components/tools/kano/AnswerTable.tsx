import { useId } from 'preact/hooks';
import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { ANSWERS, type Answer, isAnswer } from '../../../lib/kano/answers';
import type { DistinctAnswer } from '../../../lib/kano/responses';

const KANO = uses('kano');

interface Props {
  heading: 'h3' | 'h4';
  answers: readonly DistinctAnswer[];
  onChange: (key: string, level: Answer | null) => void;
}

/** Every distinct answer text in the mapped columns, with the level it is read as; unassigned ones first. */
export function AnswerTable({ heading: H, answers, onChange }: Props) {
  const { kanoText: t } = useText(KANO);
  const id = `cx-kano-answers-${useId()}`;
  const unassigned = answers.filter((a) => a.level === null);
  const sorted = [...unassigned, ...answers.filter((a) => a.level !== null)];
  return (
    <section class="cx-kano__mapping" aria-labelledby={`${id}-h`}>
      <H id={`${id}-h`}>{t.answerMap.heading}</H>
      <p class="cx-kano__hint">{t.answerMap.intro}</p>
      {unassigned.length > 0 && <p>{t.answerMap.unassignedCount(unassigned.length)}</p>}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
      <section class="cx-kano__scroll cx-kano__answer-map" aria-label={t.answerMap.caption} tabIndex={0}>
        <table class="cx-kano__results">
          <caption>{t.answerMap.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.answerMap.text}</th>
              <th scope="col">{t.answerMap.cells}</th>
              <th scope="col">{t.answerMap.level}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((a) => (
              <tr key={a.key}>
                <th scope="row">{a.text}</th>
                <td class="cx-kano__num">{a.count}</td>
                <td>
                  <select
                    aria-label={t.answerMap.levelLabel(a.text)}
                    value={a.level ?? ''}
                    onChange={(e) => {
                      const v = e.currentTarget.value;
                      onChange(a.key, isAnswer(v) ? v : null);
                    }}
                  >
                    <option value="">{t.answerMap.unassigned}</option>
                    {ANSWERS.map((x) => (
                      <option key={x} value={x}>
                        {t.levels[x]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
