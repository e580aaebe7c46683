import * as en from './en/site';
import { localised } from './text';

const loaders = import.meta.glob(['./*/site.ts', '!./en/site.ts']);

/** `site` in the page's language (see `./en/site.ts`). */
export const site = localised(en.site, loaders, 'site');
