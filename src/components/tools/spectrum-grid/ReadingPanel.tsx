import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { basisOf, describeOffering, summaryLine } from '../../../lib/spectrum/describe';
import type { Offering } from '../../../lib/spectrum/offering';
import { regionOf } from '../../../lib/spectrum/regions';
import { Heading } from './Heading';

const GRID = uses('spectrum-grid');

interface Props {
  offering: Offering | undefined;
  name: string;
  level: number;
  idBase: string;
}

/** Says in words what the selected offering's position suggests; the first line is announced politely. */
export function ReadingPanel({ offering, name, level, idBase }: Props) {
  const { spectrumText, spectrumUi } = useText(GRID);
  const headingId = `${idBase}-reading`;
  const region = offering ? regionOf(offering) : undefined;
  const summary = offering ? summaryLine(offering, name, spectrumText) : spectrumUi.reading.none;
  const paragraphs = offering ? describeOffering(offering, spectrumText) : [];
  return (
    <section class="cx-grid__reading" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        {spectrumUi.headings.reading}
      </Heading>
      <p class="cx-grid__summary" aria-live="polite" aria-atomic="true">
        {summary}
      </p>
      {offering && <p class="cx-grid__para">{spectrumUi.reading.ours}</p>}
      {paragraphs.map((p) => (
        <p key={p.topic} class={`cx-grid__para cx-grid__para--${p.topic}`}>
          {p.text}
        </p>
      ))}
      {region && (
        <>
          <Heading level={level + 1}>{spectrumUi.reading.basedOn}</Heading>
          <ul class="cx-grid__basis">
            {basisOf(region, spectrumText).map((b) => (
              <li key={b.claim}>
                {b.claim} <cite>({b.source})</cite>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
