import { useEffect, useState } from 'preact/hooks';
import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import type { ColumnChoices } from '../../../lib/kano/column-choice';

const KANO = uses('kano');

interface Props {
  id: string;
  label: string;
  /** The id of the page's one list of column labels. */
  list: string;
  choices: ColumnChoices;
  value: number | null;
  /** Whether "no column" (an empty field) is a choice. */
  allowNone: boolean;
  /** Tells the shared suggestion list what is typed here (on focus and at each keystroke). */
  onTyped: (typed: string) => void;
  onPick: (column: number | null) => void;
}

/**
 * One column choice as a text field with suggestions (a native combobox): type a letter or part of a
 * header, or pick from the list. A text that names no column is kept in the field and said so; the
 * choice before it stays in force.
 */
export function ColumnInput({ id, label, list, choices, value, allowNone, onTyped, onPick }: Props) {
  const { kanoText: t } = useText(KANO);
  const shown = value === null ? '' : (choices.labels[value] ?? '');
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [unknown, setUnknown] = useState(false);
  useEffect(() => {
    setDraft(undefined);
    setUnknown(false);
  }, [shown]);
  const commit = (text: string, final: boolean) => {
    const read = choices.read(text, allowNone);
    if (read.kind === 'unknown') {
      if (final) setUnknown(true);
      return;
    }
    const column = read.kind === 'column' ? read.column : null;
    setUnknown(false);
    if (column === value) setDraft(undefined);
    else onPick(column);
  };
  return (
    <>
      <input
        id={id}
        type="text"
        list={list}
        aria-label={label}
        aria-invalid={unknown}
        aria-describedby={unknown ? `${id}-unknown` : undefined}
        placeholder={allowNone ? t.mapping.none : undefined}
        autocomplete="off"
        spellcheck={false}
        value={draft ?? shown}
        onFocus={(e) => onTyped(e.currentTarget.value)}
        onInput={(e) => {
          const text = e.currentTarget.value;
          setDraft(text);
          onTyped(text);
          // A label picked from the list (or typed out in full) counts at once; anything else on leaving the field.
          if (choices.labels.includes(text)) commit(text, false);
        }}
        onChange={(e) => commit(e.currentTarget.value, true)}
      />
      {unknown && (
        <span id={`${id}-unknown`} class="cx-kano__unknown" role="alert">
          {t.mapping.unknownColumn(draft ?? '', shown || t.mapping.none)}
        </span>
      )}
    </>
  );
}
