/**
 * Reads a number the way a reader typed or pasted it, in their locale.
 *
 * The rule, in order:
 * 1. Spaces at the ends, one currency sign (before or after) and a trailing % are ignored;
 *    dashes that look like a minus sign count as one; full-width digits count as digits.
 * 2. Spaces and apostrophes inside the number only group digits.
 * 3. When both "." and "," appear, the last one is the decimal separator and the other groups digits
 *    ("1,000.5" and "1.000,5" both mean one thousand and a half, in any locale).
 * 4. When one of them appears more than once, it groups digits ("1,000,000").
 * 5. When one of them appears once: the locale's decimal separator is a decimal separator. The other
 *    character groups digits when one to three digits (not starting with 0) stand before it and exactly
 *    three after it ("1,000" is 1000 in English, "1.000" is 1000 in German); otherwise it can only be a
 *    decimal separator ("1,5" in English is read as 1.5), and the result is flagged `unusual` so the
 *    page can say how it read it.
 * 6. Digit groups must be regular: groups of three, or the Indian 2-2-3 pattern ("1,00,000").
 *    "12 34" or "1,0,0" are refused rather than guessed.
 * 7. An exponent ("1e12", "2,5E3") is allowed. A result too large to represent is refused.
 */

/** A decimal separator the parser knows. */
export type DecimalSeparator = '.' | ',';

/** Why text could not be read as a number. */
export type ParseProblem = 'empty' | 'invalid' | 'grouping' | 'too-large';

/** A number read from text, or the reason it could not be. */
export type ParseResult = { ok: true; value: number; unusual: boolean } | { ok: false; problem: ParseProblem };

const MINUS = /[\u2012\u2013\u2014\u2212\ufe63\uff0d]/g;
const SHELL = /^([+-]?)\s*(?:\p{Sc}\s*)?(.*?)\s*(?:\p{Sc}|%)?$/su;

/** The decimal separator the locale writes, "." when it is neither "." nor ",". */
export function decimalSeparator(locale: string): DecimalSeparator {
  try {
    const part = new Intl.NumberFormat(locale, { numberingSystem: 'latn' })
      .formatToParts(1.5)
      .find((p) => p.type === 'decimal');
    return part?.value === ',' ? ',' : '.';
  } catch {
    return '.';
  }
}

const count = (s: string, c: string) => s.split(c).length - 1;

/** True when the parts around a single separator look like digit grouping ("1,000"). */
function looksGrouped(mantissa: string, c: string): boolean {
  const [before = '', after = ''] = mantissa.split(c);
  return /^[1-9]\d{0,2}$/.test(before) && /^\d{3}$/.test(after);
}

/** Checks and removes digit grouping from the whole-number part; null when irregular. */
function ungroup(whole: string): string | null {
  const seps = new Set(whole.replace(/\d/g, ''));
  if (seps.size === 0) return whole;
  if (seps.size > 1) return null;
  const [sep = ''] = [...seps];
  const [first = '', ...rest] = whole.split(sep);
  if (!/^[1-9]\d{0,2}$/.test(first) || rest.length === 0) return null;
  const last = rest[rest.length - 1] ?? '';
  const threes = rest.every((g) => /^\d{3}$/.test(g));
  const indian = /^\d{3}$/.test(last) && rest.slice(0, -1).every((g) => /^\d{2}$/.test(g));
  return threes || indian ? whole.split(sep).join('') : null;
}

/** Parses a typed or pasted number; `decimal` is the reader's locale decimal separator. */
export function parseNumberInput(text: string, decimal: DecimalSeparator): ParseResult {
  const trimmed = text.normalize('NFKC').replace(MINUS, '-').trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  const shell = SHELL.exec(trimmed);
  const sign = shell?.[1] ?? '';
  const body = shell?.[2] ?? '';
  const exp = /^(.*?)[eE]([+-]?\d+)$/.exec(body);
  const mantissa = (exp ? (exp[1] ?? '') : body).replace(/\s/g, ' ').replace(/[\u2019\u02bc]/g, "'");
  if (!/^[\d.,' ]+$/.test(mantissa) || !/\d/.test(mantissa)) return { ok: false, problem: 'invalid' };
  const dots = count(mantissa, '.');
  const commas = count(mantissa, ',');
  let dec: DecimalSeparator | null = null;
  if (dots > 0 && commas > 0) {
    dec = mantissa.lastIndexOf('.') > mantissa.lastIndexOf(',') ? '.' : ',';
    if (count(mantissa, dec) > 1) return { ok: false, problem: 'grouping' };
  } else if (dots + commas === 1) {
    const c: DecimalSeparator = dots === 1 ? '.' : ',';
    dec = c !== decimal && looksGrouped(mantissa, c) ? null : c;
  }
  const at = dec === null ? mantissa.length : mantissa.lastIndexOf(dec);
  const fraction = mantissa.slice(at + 1);
  const whole = dec === null ? mantissa : mantissa.slice(0, at);
  if (!/^\d*$/.test(fraction)) return { ok: false, problem: 'invalid' };
  const digits = ungroup(whole);
  if (digits === null) return { ok: false, problem: 'grouping' };
  const value = Number(`${sign}${digits || '0'}.${fraction || '0'}e${exp?.[2] ?? '0'}`);
  if (Number.isNaN(value)) return { ok: false, problem: 'invalid' };
  if (!Number.isFinite(value)) return { ok: false, problem: 'too-large' };
  return { ok: true, value: value === 0 ? 0 : value, unusual: dec !== null && dec !== decimal };
}

/** What a field accepts. */
export interface FieldSpec {
  min: number;
  max: number;
  integer?: boolean;
  /** When true, the minimum itself is refused ("more than 0"). */
  exclusiveMin?: boolean;
}

/** Why a field refused its text: a parse problem or a range problem. */
export type FieldProblem = ParseProblem | 'below' | 'above' | 'whole';

/** A field's value, or the problem to show at the field. */
export type FieldResult = { ok: true; value: number; unusual: boolean } | { ok: false; problem: FieldProblem };

/** Parses a field's text and checks it against the field's range. */
export function checkNumberInput(text: string, decimal: DecimalSeparator, spec: FieldSpec): FieldResult {
  const parsed = parseNumberInput(text, decimal);
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  if (v < spec.min || (spec.exclusiveMin === true && v === spec.min)) return { ok: false, problem: 'below' };
  if (v > spec.max) return { ok: false, problem: 'above' };
  if (spec.integer === true && !Number.isInteger(v)) return { ok: false, problem: 'whole' };
  return parsed;
}

/** Writes a number for an input field in the reader's locale, without grouping, so it reads back exactly. */
export function formatForInput(value: number, locale: string, maxFractionDigits = 6): string {
  if (!Number.isFinite(value)) return '';
  try {
    return new Intl.NumberFormat(locale, {
      numberingSystem: 'latn',
      useGrouping: false,
      maximumFractionDigits: maxFractionDigits,
    }).format(value);
  } catch {
    return String(value);
  }
}

/** How `plainNumber` writes a number. */
export interface PlainFormat {
  decimal: DecimalSeparator;
  /** Between groups of three digits of the whole part ("." in German); none by default. */
  group?: string;
  /** At most this many decimals (default 2). */
  maxFractionDigits?: number;
}

/**
 * A number written without Intl, rounded to `maxFractionDigits`: 52.18 → "52,18", 2000 → "2.000".
 * For numbers that tables write into their text when their module loads or while an island first
 * renders, where Intl's first use would cost a phone a few hundred milliseconds before anything needs it.
 */
export function plainNumber(value: number, { decimal, group = '', maxFractionDigits = 2 }: PlainFormat): string {
  if (!Number.isFinite(value)) return '';
  const rounded = Number(value.toFixed(maxFractionDigits));
  const [whole = '', fraction] = String(Object.is(rounded, -0) ? 0 : rounded).split('.');
  const grouped = group === '' ? whole : whole.replace(/\B(?=(\d{3})+$)/g, group);
  return fraction === undefined ? grouped : `${grouped}${decimal}${fraction}`;
}
