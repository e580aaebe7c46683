import * as en from './en/diagrams';
import { localised } from './text';

const loaders = import.meta.glob(['./*/diagrams.ts', '!./en/diagrams.ts']);

/** `diagramText` in the page's language (see `./en/diagrams.ts`). */
export const diagramText = localised(en.diagramText, loaders, 'diagramText');
