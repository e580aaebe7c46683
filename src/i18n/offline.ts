import * as en from './en/offline';
import { localised } from './text';

const loaders = import.meta.glob(['./*/offline.ts', '!./en/offline.ts']);

/** `offline` in the page's language (see `./en/offline.ts`). */
export const offline = localised(en.offline, loaders, 'offline');

/** `updatePrompt` in the page's language (see `./en/offline.ts`). */
export const updatePrompt = localised(en.updatePrompt, loaders, 'updatePrompt');
