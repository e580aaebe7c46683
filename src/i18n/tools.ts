import * as en from './en/tools';
import { localised } from './text';

const loaders = import.meta.glob(['./*/tools.ts', '!./en/tools.ts']);

/** `toolInfo` in the page's language (see `./en/tools.ts`). */
export const toolInfo = localised(en.toolInfo, loaders, 'toolInfo');
