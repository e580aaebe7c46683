import { useId, useState } from 'preact/hooks';
import { useLang, useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { readNumber } from '../../../lib/state/fields';
import { quizNotice } from './notice-text';

const QUIZ = uses('value-quiz');

interface Props {
  frequency: number | null;
  complexity: number | null;
  /** `cleared` when the reader cleared the place, so the page can offer it back. */
  onPlace: (frequency: number | null, complexity: number | null, cleared?: boolean) => void;
}

type Axis = 'frequency' | 'complexity';

/** Two optional number fields for the offering's place, committed on change, with a note when a value was adjusted. */
export function PlaceInputs({ frequency, complexity, onPlace }: Props) {
  const { valueQuizText: t } = useText(QUIZ);
  const lang = useLang();
  const id = `cx-quiz-place-${useId()}`;
  const [note, setNote] = useState('');
  const commit = (axis: Axis, raw: string) => {
    let value: number | null = null;
    if (raw.trim() !== '') {
      const r = readNumber(raw, {
        key: axis,
        field: { tool: 'value-quiz', field: axis },
        min: 0,
        max: 10,
        fallback: 5,
      });
      value = Math.round(r.value * 10) / 10;
      setNote(r.notice ? quizNotice(r.notice, lang) : '');
    } else setNote('');
    if (axis === 'frequency') onPlace(value, complexity);
    else onPlace(frequency, value);
  };
  const field = (axis: Axis, label: string, value: number | null) => (
    <div class="cx-quiz__place-field">
      <label for={`${id}-${axis}`}>{label}</label>
      <input
        id={`${id}-${axis}`}
        type="number"
        min={0}
        max={10}
        step={0.1}
        inputMode="decimal"
        aria-describedby={`${id}-hint`}
        value={value === null ? '' : String(value)}
        onChange={(e) => commit(axis, e.currentTarget.value)}
      />
    </div>
  );
  return (
    <fieldset class="cx-quiz__place">
      <legend>{t.placeLegend}</legend>
      <p id={`${id}-hint`} class="cx-quiz__hint">
        {t.placeHint}
      </p>
      <div class="cx-quiz__place-fields">
        {field('frequency', t.frequencyLabel, frequency)}
        {field('complexity', t.complexityLabel, complexity)}
        <button
          type="button"
          onClick={() => {
            setNote('');
            onPlace(null, null, true);
          }}
        >
          {t.clearPlace}
        </button>
      </div>
      <p class="cx-quiz__note" role="status">
        {note}
      </p>
    </fieldset>
  );
}
