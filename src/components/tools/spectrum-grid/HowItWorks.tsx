import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { REFERENCES } from '../../../lib/spectrum/references';
import { Heading } from './Heading';

const GRID = uses('spectrum-grid');

/** The formula and assumptions: how the regions are drawn, why each reference sits where it does, sources. */
export function HowItWorks({ level, idBase }: { level: number; idBase: string }) {
  const { spectrumText, spectrumUi } = useText(GRID);
  const howId = `${idBase}-how`;
  const refsId = `${idBase}-refs`;
  return (
    <>
      <section class="cx-grid__how" aria-labelledby={howId}>
        <Heading level={level} id={howId}>
          {spectrumUi.headings.how}
        </Heading>
        {spectrumUi.how.map((p) => (
          <p key={p}>{p}</p>
        ))}
        <ul class="cx-grid__sources">
          {Object.values(spectrumText.sources).map((s) => (
            <li key={s.short}>{s.full}</li>
          ))}
        </ul>
      </section>
      <section class="cx-grid__about-refs" aria-labelledby={refsId}>
        <Heading level={level} id={refsId}>
          {spectrumUi.headings.references}
        </Heading>
        <p>{spectrumUi.reading.approximate}</p>
        <dl>
          {REFERENCES.map((r) => (
            <div key={r.id}>
              <dt>{spectrumText.references[r.id].name}</dt>
              <dd>{spectrumText.references[r.id].why}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
