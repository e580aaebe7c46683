/**
 * The words of a live sentence's results, in the page's language: the same function writes them on the
 * server (the text a reader without JavaScript sees) and in the browser (after a number changes).
 */
import { formatFixed, formatSigned } from '../../i18n/format';
import type { LiveModel, LiveResult } from '../../lib/live/models';

/** Per result that is a code (a category, a band, a region), the words of each code. */
export type LiveWords = Record<string, Record<string, string>>;

/** Decimals and sign of the numeric results; any other number is a whole number. */
const NUMBERS: Record<string, { digits: number; signed?: boolean }> = {
  better: { digits: 2 },
  worse: { digits: 2, signed: true },
  worseNumerator: { digits: 0, signed: true },
};

/** Shown for a result the model leaves undefined (Better and Worse without a single A, O, M or I answer). */
export const NO_VALUE = '–';

/** Each result of a live sentence as the page writes it; a Kano sentence's conclusion follows its category. */
export function liveTexts(
  model: LiveModel,
  result: LiveResult,
  words: LiveWords,
  locale: string,
): Record<string, string> {
  const codes: LiveResult = model === 'kano' ? { ...result, conclusion: result['category'] } : result;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(codes)) {
    if (value === undefined) out[key] = NO_VALUE;
    else if (typeof value === 'string') out[key] = words[key]?.[value] ?? value;
    else {
      const style = NUMBERS[key] ?? { digits: 0 };
      out[key] = style.signed ? formatSigned(value, style.digits, locale) : formatFixed(value, style.digits, locale);
    }
  }
  return out;
}
