import { useText } from '../../i18n/island';
import { uses } from '../../i18n/text';

const PROFILE = uses('profile');

interface Props {
  caption: string;
  names: readonly string[];
  rows: readonly { id: string; label: string; cells: readonly string[] }[];
}

/**
 * Offerings side by side: a table on wide screens, and on narrow ones the same cells stacked
 * offering by offering (CSS shows one or the other; the hidden one is out of the accessibility tree).
 */
export function CompareTable({ caption, names, rows }: Props) {
  const { profileText: t } = useText(PROFILE);
  const cell = (text: string) => (text === '' ? t.compare.none : text);
  return (
    <div class="cx-profile__compare-block">
      <table class="cx-profile__table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.compare.item}</th>
            {names.map((n, i) => (
              <th key={`${i}-${n}`} scope="col">
                {n}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.label}</th>
              {r.cells.map((c, i) => (
                <td key={`${r.id}-${i}`}>{cell(c)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div class="cx-profile__stack">
        <p class="cx-profile__stack-caption">{caption}</p>
        {names.map((n, i) => (
          <div key={`${i}-${n}`} class="cx-profile__stack-item">
            <p class="cx-profile__stack-name">{n}</p>
            <dl class="cx-profile__rows">
              {rows.map((r) => (
                <div key={r.id} class="cx-profile__row">
                  <dt>{r.label}</dt>
                  <dd>{cell(r.cells[i] ?? '')}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </div>
    </div>
  );
}
