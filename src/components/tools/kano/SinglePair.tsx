import { useId } from 'preact/hooks';
import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import type { Answer } from '../../../lib/kano/answers';
import { MAX_FEATURE_LENGTH } from '../../../lib/kano/codec';
import { classifyPair } from '../../../lib/kano/table';
import { AnswerGroup } from './AnswerGroup';
import { EvaluationTable } from './EvaluationTable';

const KANO = uses('kano');

interface Props {
  feature: string;
  functional: Answer | '';
  dysfunctional: Answer | '';
  onChange: (patch: { feature?: string; functional?: Answer; dysfunctional?: Answer }) => void;
}

/** Classifies one functional/dysfunctional answer pair and shows why, on the evaluation table. */
export function SinglePair({ feature, functional, dysfunctional, onChange }: Props) {
  const { kanoText: t } = useText(KANO);
  const id = `cx-kano-single-${useId()}`;
  const named = t.theFeature(feature.trim());
  const category = functional !== '' && dysfunctional !== '' ? classifyPair(functional, dysfunctional) : undefined;
  return (
    <div class="cx-kano__single">
      <div class="cx-kano__field">
        <label for={`${id}-feature`}>{t.featureLabel}</label>
        <input
          id={`${id}-feature`}
          type="text"
          maxLength={MAX_FEATURE_LENGTH}
          autocomplete="off"
          aria-describedby={`${id}-feature-hint`}
          value={feature}
          onInput={(e) => onChange({ feature: e.currentTarget.value })}
        />
        <p id={`${id}-feature-hint`} class="cx-kano__hint">
          {t.featureHint}
        </p>
      </div>
      <AnswerGroup
        legend={t.functionalLegend(named)}
        name={`${id}-functional`}
        value={functional}
        onChange={(a) => onChange({ functional: a })}
      />
      <AnswerGroup
        legend={t.dysfunctionalLegend(named)}
        name={`${id}-dysfunctional`}
        value={dysfunctional}
        onChange={(a) => onChange({ dysfunctional: a })}
      />
      <div class="cx-kano__verdict" role="status">
        {category === undefined || functional === '' || dysfunctional === '' ? (
          <p>{t.pickBoth}</p>
        ) : (
          <>
            <p class="cx-kano__category">
              <strong>{t.singleResult(`${t.categories[category]} (${category})`)}</strong>
            </p>
            <p>{t.categoryMeaning[category]}</p>
            <p>{t.why(t.answers[functional], t.answers[dysfunctional])}</p>
          </>
        )}
      </div>
      <EvaluationTable functional={functional} dysfunctional={dysfunctional} />
    </div>
  );
}
