import * as en from './en/tool-names';
import { localised } from './text';

const loaders = import.meta.glob(['./*/tool-names.ts', '!./en/tool-names.ts']);

/** `toolNames` in the page's language (see `./en/tool-names.ts`). */
export const toolNames = localised(en.toolNames, loaders, 'toolNames');
