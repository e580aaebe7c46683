import * as en from './en/profile';
import { localised } from './text';

const loaders = import.meta.glob(['./*/profile.ts', '!./en/profile.ts']);

/** `profileText` in the page's language (see `./en/profile.ts`). */
export const profileText = localised(en.profileText, loaders, 'profileText');
