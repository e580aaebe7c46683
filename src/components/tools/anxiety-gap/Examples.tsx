import { useState } from 'preact/hooks';
import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { EXAMPLE_IDS, type ExampleId } from '../../../lib/anxiety/examples';
import { SCENARIOS, type ScenarioId } from '../../../lib/anxiety/state';
import { SelectField } from './SelectField';

const ANXIETY = uses('anxiety-gap');

interface Props {
  onLoad: (example: ExampleId, into: ScenarioId) => void;
}

/** Loads one of the essay's examples into either scenario; the page's undo line says so and can take it back. */
export function Examples({ onLoad }: Props) {
  const { anxietyGap: t } = useText(ANXIETY);
  const e = t.examples;
  const [pick, setPick] = useState<ExampleId>('car');
  return (
    <fieldset class="cx-anx__examples">
      <legend>{e.legend}</legend>
      <div class="cx-anx__row">
        <SelectField
          label={e.select}
          value={pick}
          options={EXAMPLE_IDS}
          names={(id) => e.names[id]}
          onChange={setPick}
        />
        {SCENARIOS.map((id) => (
          <button key={id} type="button" onClick={() => onLoad(pick, id)}>
            {e.useFor(t.scenario[id])}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
