import { positionId } from '../state/ids';
import type { ToolModel } from '../tool-model';
import { SPECTRUM_KEYS, type SpectrumState, spectrumCodec } from './codec';
import type { Span } from './offering';

/** One example offering at one place on the grid (a single point when a span's ends are equal). */
function placed(name: string, frequency: Span, complexity: Span): SpectrumState {
  return { offerings: [{ id: positionId(0), name, frequency, complexity }], selected: 0, showReferences: true };
}

/** The spectrum grid: where an offering sits by frequency and complexity. */
export const spectrumTool: ToolModel<'spectrum-grid', SpectrumState> = {
  id: 'spectrum-grid',
  chapter: 'spectrum',
  codec: spectrumCodec,
  keys: SPECTRUM_KEYS,
  short: 'grid',
  presets: (words) => ({
    'meal-kit': placed(words['meal-kit'].offering, { from: 8, to: 8 }, { from: 4, to: 4 }),
    mortgage: placed(words.mortgage.offering, { from: 1, to: 1 }, { from: 8.5, to: 8.5 }),
    'running-shoes': placed(words['running-shoes'].offering, { from: 3, to: 7 }, { from: 3, to: 3 }),
  }),
  offering: (state) => state.offerings[state.selected]?.name.trim() ?? '',
};
