import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { formatNumber } from '../../../lib/anxiety/money';
import {
  checkNumberInput,
  decimalSeparator,
  type FieldProblem,
  type FieldSpec,
  formatForInput,
} from '../../../lib/number-input';
import type { AnxietyText } from './format';

const ANXIETY = uses('anxiety-gap');

interface Props {
  label: string;
  /** Shown after the label in brackets, e.g. "%". */
  unit?: string;
  hint?: ComponentChildren;
  value: number;
  onValue: (value: number) => void;
  spec: FieldSpec;
  locale: string;
  /** A control placed right after the input, such as a unit select. */
  after?: ComponentChildren;
}

/** Words for a refused entry, with the field's limits in the reader's locale. */
function problemText(problem: FieldProblem, spec: FieldSpec, locale: string, t: AnxietyText): string {
  const p = t.problems;
  // Limits are shown to two decimals, rounded inward, so the number shown is itself accepted.
  const low = (v: number) => formatNumber(Math.ceil(v * 100) / 100, locale, 2);
  const high = (v: number) => formatNumber(Math.floor(v * 100) / 100, locale, 2);
  switch (problem) {
    case 'empty':
    case 'grouping':
    case 'too-large':
    case 'whole':
      return p[problem];
    case 'invalid':
      return p.invalid(formatNumber(1250.5, locale));
    case 'below':
      return spec.exclusiveMin === true ? p.belowExclusive(low(spec.min)) : p.below(low(spec.min));
    case 'above':
      return p.above(high(spec.max));
  }
}

/**
 * A labelled text field for a number, read the way the reader writes numbers. A refused entry
 * is explained at the field (aria-invalid, aria-describedby) and the results keep the last good value.
 */
export function NumberField({ label, unit, hint, value, onValue, spec, locale, after }: Props) {
  const { anxietyGap: t } = useText(ANXIETY);
  const id = useId();
  const [text, setText] = useState(() => formatForInput(value, locale));
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const [readAs, setReadAs] = useState<number | null>(null);
  const shown = useRef({ value, locale });

  useEffect(() => {
    if (shown.current.value === value && shown.current.locale === locale) return;
    shown.current = { value, locale };
    setText(formatForInput(value, locale));
    setProblem(null);
    setReadAs(null);
  }, [value, locale]);

  const onInput = (event: Event) => {
    const raw = (event.currentTarget as HTMLInputElement).value;
    setText(raw);
    const r = checkNumberInput(raw, decimalSeparator(locale), spec);
    if (!r.ok) {
      setProblem(r.problem);
      setReadAs(null);
      return;
    }
    setProblem(null);
    setReadAs(r.unusual ? r.value : null);
    shown.current = { value: r.value, locale };
    if (r.value !== value) onValue(r.value);
  };

  const hintId = `${id}-hint`;
  const msgId = `${id}-msg`;
  const describedBy = [hint === undefined ? '' : hintId, msgId].filter(Boolean).join(' ');
  return (
    <div class={`cx-anx__field${problem ? ' cx-anx__field--invalid' : ''}`}>
      <label for={id}>{unit === undefined ? label : `${label} (${unit})`}</label>
      <div class="cx-anx__control">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellcheck={false}
          value={text}
          onInput={onInput}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={describedBy}
        />
        {after}
      </div>
      {hint !== undefined && (
        <p id={hintId} class="cx-anx__hint">
          {hint}
        </p>
      )}
      <p id={msgId} class="cx-anx__message" aria-live="polite">
        {problem
          ? `${problemText(problem, spec, locale, t)} ${t.problems.kept(formatNumber(value, locale, 6))}`
          : readAs !== null
            ? t.problems.readAs(formatNumber(readAs, locale, 6))
            : ''}
      </p>
    </div>
  );
}
