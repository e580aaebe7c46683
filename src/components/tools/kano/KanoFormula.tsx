import { kanoText as t } from '../../../i18n/kano';
import { toolsCommon } from '../../../i18n/tools-common';

/** The rules, formulas and assumptions of the classifier, always visible. */
export function KanoFormula({ heading: H, id }: { heading: 'h2' | 'h3'; id: string }) {
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
