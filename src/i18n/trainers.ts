import * as en from './en/trainers';
import { localised } from './text';

const loaders = import.meta.glob(['./*/trainers.ts', '!./en/trainers.ts']);

/** `headingLinks` in the page's language (see `./en/trainers.ts`). */
export const headingLinks = localised(en.headingLinks, loaders, 'headingLinks');

/** `embedText` in the page's language (see `./en/trainers.ts`). */
export const embedText = localised(en.embedText, loaders, 'embedText');

/** `presetText` in the page's language (see `./en/trainers.ts`). */
export const presetText = localised(en.presetText, loaders, 'presetText');

/** `trainersText` in the page's language (see `./en/trainers.ts`). */
export const trainersText = localised(en.trainersText, loaders, 'trainersText');
export type { PresetWords } from './en/trainers';
