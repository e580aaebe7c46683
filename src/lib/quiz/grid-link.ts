import { SPECTRUM_KEYS, spectrumCodec } from '../spectrum/codec';
import { middle, width } from '../spectrum/offering';
import { hasAnyKey } from '../state/codec';

/** An offering found on the spectrum grid: the middle of its place, and whether it covers a range. */
export interface GridPlace {
  name: string;
  frequency: number;
  complexity: number;
  spread: boolean;
}

/** Names compare without case and without extra spaces. */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
  return norm(a) !== '' && norm(a) === norm(b);
}

/** The grid query to read: the page URL's when it has grid keys (both tools on one page), else the saved one. */
export function gridQuery(pageSearch: string, saved: string | null): string | null {
  const page = new URLSearchParams(pageSearch);
  return hasAnyKey(page, SPECTRUM_KEYS) ? page.toString() : saved;
}

/** Finds an offering of the same name in a saved spectrum-grid query, using the grid's own codec; never throws. */
export function findOnGrid(query: string | null, name: string): GridPlace | undefined {
  if (query === null || name.trim() === '') return undefined;
  try {
    const { offerings } = spectrumCodec.decode(new URLSearchParams(query)).value;
    const o = offerings.find((x) => sameName(x.name, name));
    if (!o) return undefined;
    return {
      name: o.name,
      frequency: middle(o.frequency),
      complexity: middle(o.complexity),
      spread: width(o.frequency) > 0 || width(o.complexity) > 0,
    };
  } catch {
    return undefined;
  }
}
