import { useId } from 'preact/hooks';
import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import type { AnalysisOptions } from '../../../lib/kano/analysis';
import { RULES } from '../../../lib/kano/classify';
import { TABLE_VARIANTS } from '../../../lib/kano/table';

const KANO = uses('kano');

interface Props {
  options: AnalysisOptions;
  onChange: (options: AnalysisOptions) => void;
}

/** The evaluation table and the classification rule, as two groups of radio buttons. */
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
    </div>
  );
}
