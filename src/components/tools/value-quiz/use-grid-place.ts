import { useEffect, useState } from 'preact/hooks';
import { findOnGrid, type GridPlace, gridQuery } from '../../../lib/quiz/grid-link';
import { spectrumCodec } from '../../../lib/spectrum/codec';
import { loadSaved } from '../../../lib/state/storage';
import { browserStore } from '../shared/browser-store';

/**
 * The same-named offering on the spectrum grid, read from the page address or the grid's saved
 * state; looked up again when the name changes, another tab saves, or the page regains focus.
 */
export function useGridPlace(offering: string): GridPlace | undefined {
  const [place, setPlace] = useState<GridPlace | undefined>(undefined);
  useEffect(() => {
    const look = () => {
      const saved = loadSaved(browserStore(), spectrumCodec.name, spectrumCodec.version);
      setPlace(findOnGrid(gridQuery(window.location.search, saved), offering));
    };
    look();
    window.addEventListener('storage', look);
    window.addEventListener('focus', look);
    return () => {
      window.removeEventListener('storage', look);
      window.removeEventListener('focus', look);
    };
  }, [offering]);
  return place;
}
