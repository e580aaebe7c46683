import type { FieldRef, StateNotice } from './notice';

/** How to read one number from text: its range, default, and the field it fills (named by the i18n layer). */
export interface NumberSpec {
  key: string;
  field: FieldRef;
  min: number;
  max: number;
  fallback: number;
  integer?: boolean;
}

/** The result of reading one field: the value to use, and a notice when the input was not used as given. */
export interface FieldResult<T> {
  value: T;
  notice?: StateNotice;
}

/** Reads a finite number in [min, max]; anything else falls back or is clamped, with a notice. */
export function readNumber(raw: string | null | undefined, spec: NumberSpec): FieldResult<number> {
  if (raw === null || raw === undefined || raw.trim() === '') return { value: spec.fallback };
  const text = raw.trim();
  const n = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(n)) {
    return {
      value: spec.fallback,
      notice: { key: spec.key, field: spec.field, code: 'not-a-number', given: text, used: spec.fallback },
    };
  }
  const rounded = spec.integer ? Math.round(n) : n;
  const clamped = Math.min(spec.max, Math.max(spec.min, rounded));
  if (clamped !== n) {
    return {
      value: clamped,
      notice: {
        key: spec.key,
        field: spec.field,
        code: 'out-of-range',
        given: text,
        min: spec.min,
        max: spec.max,
        integer: spec.integer === true,
        used: clamped,
      },
    };
  }
  return { value: clamped };
}

/** Reads one of a fixed set of words; anything else falls back, with a notice. */
export function readChoice<T extends string>(
  raw: string | null | undefined,
  spec: { key: string; field: FieldRef; choices: readonly T[]; fallback: T },
): FieldResult<T> {
  if (raw === null || raw === undefined || raw === '') return { value: spec.fallback };
  const found = spec.choices.find((c) => c === raw);
  if (found !== undefined) return { value: found };
  return {
    value: spec.fallback,
    notice: {
      key: spec.key,
      field: spec.field,
      code: 'not-a-choice',
      given: raw,
      choices: spec.choices,
      used: spec.fallback,
    },
  };
}

/** Reads free text: control characters removed, cut to maxLength, with a notice when cut. */
export function readText(
  raw: string | null | undefined,
  spec: { key: string; field: FieldRef; maxLength: number; fallback: string },
): FieldResult<string> {
  if (raw === null || raw === undefined) return { value: spec.fallback };
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const clean = raw.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  if (clean.length <= spec.maxLength) return { value: clean };
  return {
    value: clean.slice(0, spec.maxLength),
    notice: { key: spec.key, field: spec.field, code: 'shortened', maxLength: spec.maxLength },
  };
}
