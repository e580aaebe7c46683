import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { ANSWERS, type Answer } from '../../../lib/kano/answers';
import { classifyPair } from '../../../lib/kano/table';

const KANO = uses('kano');

interface Props {
  functional: Answer | '';
  dysfunctional: Answer | '';
}

/** The 5 x 5 evaluation table, with the reader's cell marked (visibly and in words). */
export function EvaluationTable({ functional, dysfunctional }: Props) {
  const { kanoText: t } = useText(KANO);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section class="cx-kano__scroll" aria-label={t.tableCaption} tabIndex={0}>
      <table class="cx-kano__eval">
        <caption>{t.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col" class="cx-kano__corner">
              {t.tableCorner}
            </th>
            {ANSWERS.map((d) => (
              <th key={d} scope="col">
                {t.answersShort[d]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ANSWERS.map((f) => (
            <tr key={f}>
              <th scope="row">{t.answersShort[f]}</th>
              {ANSWERS.map((d) => {
                const c = classifyPair(f, d);
                const mine = f === functional && d === dysfunctional;
                return (
                  <td key={d} class={`cx-kano__cell cx-kano__cell--${c}${mine ? ' cx-kano__cell--mine' : ''}`}>
                    <span aria-hidden="true">{c}</span>
                    <span class="cx-sr-only">{t.categories[c]}</span>
                    {mine && <span class="cx-sr-only"> {t.yourCell}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="cx-kano__hint">{t.legendLine}</p>
    </section>
  );
}
