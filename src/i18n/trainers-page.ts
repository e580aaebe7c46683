import * as en from './en/trainers-page';
import { localised } from './text';

const loaders = import.meta.glob(['./*/trainers-page.ts', '!./en/trainers-page.ts']);

/** `trainersPage` in the page's language (see `./en/trainers-page.ts`). */
export const trainersPage = localised(en.trainersPage, loaders, 'trainersPage');
