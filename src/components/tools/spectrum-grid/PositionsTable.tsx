import { formatNumber } from '../../../i18n/format';
import { useLocale, useText } from '../../../i18n/island';
import { type Namespaces, uses } from '../../../i18n/text';
import { snap } from '../../../lib/spectrum/axes';
import type { Offering } from '../../../lib/spectrum/offering';
import { REFERENCES } from '../../../lib/spectrum/references';
import { regionOf } from '../../../lib/spectrum/regions';

const GRID = uses('spectrum-grid');

interface Props {
  offerings: readonly Offering[];
  names: readonly string[];
  showReferences: boolean;
  idBase: string;
}

/** A score as `locale` writes it: "7.5" / "7,5". */
const shown = (value: number, locale: string) => formatNumber(snap(value), { max: 2 }, locale);

/** An offering's score on one axis, or its range, as `locale` writes it. */
function score(
  o: Offering,
  axis: 'frequency' | 'complexity',
  locale: string,
  text: Namespaces['spectrum-grid']['spectrumText'],
): string {
  const { from, to } = o[axis];
  return from === to ? shown(from, locale) : text.frames.range(shown(from, locale), shown(to, locale));
}

/** The plane as a table: the text equivalent of the picture, and what prints under it. */
export function PositionsTable({ offerings, names, showReferences, idBase }: Props) {
  const { spectrumText, spectrumUi } = useText(GRID);
  const locale = useLocale();
  const ui = spectrumUi.table;
  const captionId = `${idBase}-table`;
  const rows = [
    ...offerings.map((o, i) => ({ key: `o-${i}`, name: names[i] ?? '', o })),
    ...(showReferences
      ? REFERENCES.map((r) => ({ key: r.id, name: ui.reference(spectrumText.references[r.id].name), o: r.placement }))
      : []),
  ];
  return (
    // A narrow screen scrolls the table sideways: the wrapper is a named region that a keyboard can reach.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section class="cx-grid__table-wrap" aria-labelledby={captionId} tabIndex={0}>
      <table class="cx-grid__table">
        <caption id={captionId}>{ui.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{ui.offering}</th>
            <th scope="col">{ui.frequency}</th>
            <th scope="col">{ui.complexity}</th>
            <th scope="col">{ui.region}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.name}</th>
              <td>{score(r.o, 'frequency', locale, spectrumText)}</td>
              <td>{score(r.o, 'complexity', locale, spectrumText)}</td>
              <td>{spectrumText.regions[regionOf(r.o).id].name}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
