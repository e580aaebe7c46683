import * as en from './en/tools-common';
import { localised } from './text';

const loaders = import.meta.glob(['./*/tools-common.ts', '!./en/tools-common.ts']);

/** `toolsCommon` in the page's language (see `./en/tools-common.ts`). */
export const toolsCommon = localised(en.toolsCommon, loaders, 'toolsCommon');
