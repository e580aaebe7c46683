import { formatNumber } from '../../../i18n/format';
import { spectrumText, spectrumUi } from '../../../i18n/spectrum-grid';
import { snap } from '../../../lib/spectrum/axes';
import type { Offering } from '../../../lib/spectrum/offering';
import { REFERENCES } from '../../../lib/spectrum/references';
import { regionOf } from '../../../lib/spectrum/regions';

interface Props {
  offerings: readonly Offering[];
  names: readonly string[];
  showReferences: boolean;
  idBase: string;
}

const ui = spectrumUi.table;

/** A score as the page's language writes it: "7.5" / "7,5". */
const shown = (value: number) => formatNumber(snap(value), { max: 2 });

function score(o: Offering, axis: 'frequency' | 'complexity'): string {
  const { from, to } = o[axis];
  return from === to ? shown(from) : spectrumText.frames.range(shown(from), shown(to));
}

/** The plane as a table: the text equivalent of the picture, and what prints under it. */
export function PositionsTable({ offerings, names, showReferences, idBase }: Props) {
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
              <td>{score(r.o, 'frequency')}</td>
              <td>{score(r.o, 'complexity')}</td>
              <td>{spectrumText.regions[regionOf(r.o).id].name}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
