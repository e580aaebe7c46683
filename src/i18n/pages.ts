import * as en from './en/pages';
import { localised } from './text';

const loaders = import.meta.glob(['./*/pages.ts', '!./en/pages.ts']);

/** `homeText` in the page's language (see `./en/pages.ts`). */
export const homeText = localised(en.homeText, loaders, 'homeText');

/** `toolsPageText` in the page's language (see `./en/pages.ts`). */
export const toolsPageText = localised(en.toolsPageText, loaders, 'toolsPageText');

/** `toolDescriptions` in the page's language (see `./en/pages.ts`). */
export const toolDescriptions = localised(en.toolDescriptions, loaders, 'toolDescriptions');

/** `sourcesText` in the page's language (see `./en/pages.ts`). */
export const sourcesText = localised(en.sourcesText, loaders, 'sourcesText');

/** `glossaryText` in the page's language (see `./en/pages.ts`). */
export const glossaryText = localised(en.glossaryText, loaders, 'glossaryText');

/** `offlinePageText` in the page's language (see `./en/pages.ts`). */
export const offlinePageText = localised(en.offlinePageText, loaders, 'offlinePageText');
