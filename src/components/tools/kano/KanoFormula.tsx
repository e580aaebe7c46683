import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';

const KANO = uses('kano');
const TOOLS_COMMON = uses('tools-common');

/** The rules, formulas and assumptions of the classifier, always visible. */
export function KanoFormula({ heading: H, id }: { heading: 'h2' | 'h3'; id: string }) {
  const { kanoText: t } = useText(KANO);
  const { toolsCommon } = useText(TOOLS_COMMON);
  return (
    <section class="cx-kano__formula">
      <H id={id}>{toolsCommon.formula}</H>
      <ul>
        {t.formulaRules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
      <p>{t.csvFormat}</p>
      <p>{t.assumptions}</p>
    </section>
  );
}
