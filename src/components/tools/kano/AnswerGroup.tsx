import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { ANSWERS, type Answer } from '../../../lib/kano/answers';

const KANO = uses('kano');

interface Props {
  legend: string;
  name: string;
  value: Answer | '';
  onChange: (value: Answer) => void;
}

/** One Kano question as a native radio group with the five standard answers. */
export function AnswerGroup({ legend, name, value, onChange }: Props) {
  const { kanoText: t } = useText(KANO);
  return (
    <fieldset class="cx-kano__question">
      <legend>{legend}</legend>
      <div class="cx-kano__answers">
        {ANSWERS.map((a) => (
          <label key={a} class="cx-kano__option">
            <input type="radio" name={name} value={a} checked={value === a} onChange={() => onChange(a)} />
            <span>{t.answers[a]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
