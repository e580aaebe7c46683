import { spectrumCodec } from '../spectrum/codec';
import { middle } from '../spectrum/offering';
import { type KeyValueStore, loadSaved } from '../state/storage';

/** The complexity of the offering the reader last read on the spectrum grid, with its name. */
export interface GridComplexity {
  name: string;
  complexity: number;
}

/**
 * Reads the grid's saved state (a query string) and returns the selected offering's complexity,
 * the middle of its span; null when nothing was saved or it holds no offering. Never throws.
 */
export function complexityFromGridQuery(saved: string | null): GridComplexity | null {
  if (saved === null || saved.trim() === '') return null;
  try {
    const { value } = spectrumCodec.decode(new URLSearchParams(saved));
    const offering = value.offerings[value.selected] ?? value.offerings[0];
    if (offering === undefined) return null;
    const complexity = middle(offering.complexity);
    return Number.isFinite(complexity)
      ? { name: offering.name, complexity: Math.min(10, Math.max(0, complexity)) }
      : null;
  } catch {
    return null;
  }
}

/** Reads the grid's saved complexity from a store (localStorage in the browser). */
export function complexityFromGrid(store: KeyValueStore | undefined): GridComplexity | null {
  return complexityFromGridQuery(loadSaved(store, spectrumCodec.name, spectrumCodec.version));
}
