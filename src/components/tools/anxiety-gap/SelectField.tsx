import { useId } from 'preact/hooks';

interface Props<T extends string> {
  label: string;
  value: T;
  options: readonly T[];
  names: (option: T) => string;
  onChange: (value: T) => void;
  /** Hide the label visually (it stays the accessible name), e.g. for a unit next to its number. */
  compact?: boolean;
  hint?: string;
}

/** A labelled native select over a fixed list of choices. */
export function SelectField<T extends string>({ label, value, options, names, onChange, compact, hint }: Props<T>) {
  const id = useId();
  const select = (
    <select
      id={id}
      value={value}
      aria-describedby={hint === undefined ? undefined : `${id}-hint`}
      onChange={(e) => {
        const picked = options.find((o) => o === (e.currentTarget as HTMLSelectElement).value);
        if (picked !== undefined) onChange(picked);
      }}
    >
      {options.map((o) => (
        <option key={o} value={o}>
          {names(o)}
        </option>
      ))}
    </select>
  );
  if (compact === true) {
    return (
      <span class="cx-anx__unit">
        <label for={id} class="cx-anx__sr">
          {label}
        </label>
        {select}
      </span>
    );
  }
  return (
    <div class="cx-anx__field">
      <label for={id}>{label}</label>
      {select}
      {hint !== undefined && (
        <p id={`${id}-hint`} class="cx-anx__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
