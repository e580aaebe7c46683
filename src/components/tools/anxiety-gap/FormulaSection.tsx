import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';

const ANXIETY = uses('anxiety-gap');
const TOOLS = uses('tools-common');

/** The model's formula and its assumptions, in full, as the page promises. */
export function FormulaSection({ Heading, Sub }: { Heading: 'h2' | 'h3'; Sub: 'h3' | 'h4' }) {
  const { anxietyGap: t } = useText(ANXIETY);
  const { toolsCommon } = useText(TOOLS);
  const f = t.formula;
  return (
    <section class="cx-anx__section cx-anx__formula">
      <Heading>{toolsCommon.formula}</Heading>
      <p>{f.intro}</p>
      <pre>
        <code>{f.lines.join('\n')}</code>
      </pre>
      <p>{f.contributions}</p>
      <p>{f.curve}</p>
      <p>{f.revenue}</p>
      <Sub>{f.assumptionsHeading}</Sub>
      <ul>
        {f.assumptions.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
    </section>
  );
}
