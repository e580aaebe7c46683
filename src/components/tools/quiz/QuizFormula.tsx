import { toolsCommon } from '../../../i18n/tools-common';
import { valueQuizText as t } from '../../../i18n/value-quiz';
import { STATEMENTS } from '../../../lib/quiz/statements';

/** The scoring rule, the reversed statements and the assumptions, always visible. */
export function QuizFormula({ heading: H, id }: { heading: 'h2' | 'h3'; id: string }) {
  return (
    <section class="cx-quiz__formula">
      <H id={id}>{toolsCommon.formula}</H>
      <p>{t.formulaIntro}</p>
      <ul>
        {t.formulaRules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
      <p>{t.reversedHeading}</p>
      <ul>
        {STATEMENTS.filter((s) => s.reverse).map((s) => (
          <li key={s.id}>
            {t.statementNumber(STATEMENTS.indexOf(s) + 1)} ({t.sources[s.source]}): {t.statements[s.id]}
          </li>
        ))}
      </ul>
      <p>{t.assumptions}</p>
    </section>
  );
}
