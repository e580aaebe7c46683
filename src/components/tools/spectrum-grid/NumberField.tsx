import { useId } from 'preact/hooks';
import { AXIS_MAX, AXIS_MIN, formatScore } from '../../../lib/spectrum/axes';

interface Props {
  label: string;
  /** Added for screen readers so that every field's name is unique, e.g. " of Meal kit". */
  hidden: string;
  value: number;
  /** Receives the typed number; returns the value actually kept (clamped, pushed, rounded). */
  onCommit: (value: number) => number;
}

/** A labelled number input from 0 to 10 that commits on change (Enter, leaving the field, or the spinner). */
export function NumberField({ label, hidden, value, onCommit }: Props) {
  const id = useId();
  const commit = (e: Event & { currentTarget: HTMLInputElement }) => {
    const input = e.currentTarget;
    const typed = input.valueAsNumber;
    const kept = Number.isFinite(typed) ? onCommit(typed) : value;
    input.value = formatScore(kept);
  };
  return (
    <span class="cx-grid__field">
      <label for={id}>
        {label}
        <span class="cx-sr-only">{hidden}</span>
      </label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={AXIS_MIN}
        max={AXIS_MAX}
        step={0.1}
        value={formatScore(value)}
        onChange={commit}
      />
    </span>
  );
}
