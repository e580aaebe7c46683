import { useId } from 'preact/hooks';
import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import type { AnalysisOptions } from '../../../lib/kano/analysis';
import { RULES } from '../../../lib/kano/classify';
import { readLimit } from '../../../lib/kano/filter';
import { TABLE_VARIANTS } from '../../../lib/kano/table';

const KANO = uses('kano');

const LIMITS = ['maxQuestionable', 'maxIndifferent'] as const;

interface Props {
  options: AnalysisOptions;
  onChange: (options: AnalysisOptions) => void;
}

/** The evaluation table and the classification rule, as two groups of radio buttons, and the optional respondent limits. */
export function AnalysisChoices({ options, onChange }: Props) {
  const { kanoText: t } = useText(KANO);
  const id = `cx-kano-choice-${useId()}`;
  return (
    <div class="cx-kano__choices">
      <fieldset class="cx-kano__mode">
        <legend>{t.choices.tableLegend}</legend>
        {TABLE_VARIANTS.map((v) => (
          <label key={v} class="cx-kano__option">
            <input
              type="radio"
              name={`${id}-table`}
              value={v}
              checked={options.table === v}
              onChange={() => onChange({ ...options, table: v })}
            />
            <span>{t.choices.tables[v]}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="cx-kano__mode">
        <legend>{t.choices.ruleLegend}</legend>
        {RULES.map((r) => (
          <label key={r} class="cx-kano__option">
            <input
              type="radio"
              name={`${id}-rule`}
              value={r}
              checked={options.rule === r}
              onChange={() => onChange({ ...options, rule: r })}
            />
            <span>{t.choices.rules[r]}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="cx-kano__mode">
        <legend>{t.filter.legend}</legend>
        <p class="cx-kano__hint">{t.filter.intro}</p>
        {LIMITS.map((k) => (
          <div key={k} class="cx-kano__field">
            <label for={`${id}-${k}`}>{k === 'maxQuestionable' ? t.filter.questionable : t.filter.indifferent}</label>
            <input
              id={`${id}-${k}`}
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              value={options[k] ?? ''}
              aria-describedby={`${id}-limit-hint`}
              onChange={(e) => {
                const limit = readLimit(e.currentTarget.value);
                if (limit !== null) onChange({ ...options, [k]: limit });
              }}
            />
          </div>
        ))}
        <p id={`${id}-limit-hint`} class="cx-kano__hint">
          {t.filter.hint}
        </p>
      </fieldset>
    </div>
  );
}
