import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { STATEMENTS } from '../../../lib/quiz/statements';

const QUIZ = uses('value-quiz');
const TOOLS = uses('tools-common');

/** The scoring rule, the reversed statements and the assumptions, always visible. */
export function QuizFormula({ heading: H, id }: { heading: 'h2' | 'h3'; id: string }) {
  const { valueQuizText: t } = useText(QUIZ);
  const { toolsCommon } = useText(TOOLS);
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
