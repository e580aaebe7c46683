import * as en from './en/spectrum-grid';
import { localised } from './text';

const loaders = import.meta.glob(['./*/spectrum-grid.ts', '!./en/spectrum-grid.ts']);

/** `spectrumText` in the page's language (see `./en/spectrum-grid.ts`). */
export const spectrumText = localised(en.spectrumText, loaders, 'spectrumText');

/** `spectrumUi` in the page's language (see `./en/spectrum-grid.ts`). */
export const spectrumUi = localised(en.spectrumUi, loaders, 'spectrumUi');
