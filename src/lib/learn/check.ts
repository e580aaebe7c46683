import { type DecimalSeparator, parseNumberInput } from '../number-input';

/** How a typed numeric answer compares with the stored one. */
export type NumberVerdict = 'right' | 'wrong' | 'empty' | 'unreadable';

/**
 * Checks a typed answer against `answer`, given to `digits` decimals: right when it rounds to the same
 * value (0.417 or 0.42 for 0.42). A typographic minus (−) reads as "-". `decimal` is the reader's separator.
 */
export function checkNumber(text: string, answer: number, digits: number, decimal: DecimalSeparator): NumberVerdict {
  const typed = text.replace(/\u2212/g, '-').trim();
  if (typed === '') return 'empty';
  const parsed = parseNumberInput(typed, decimal);
  if (!parsed.ok) return 'unreadable';
  const step = 10 ** -digits;
  return Math.abs(parsed.value - answer) <= step / 2 + 1e-9 ? 'right' : 'wrong';
}

/** True when the choice at `chosen` is the right one. */
export function checkChoice(chosen: number, right: number): boolean {
  return chosen === right;
}
