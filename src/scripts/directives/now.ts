/**
 * `client:now`: hydrates an island at once, like `client:now`, but only after the strings of the
 * page's language are in place, so a page in another language than the default hydrates in its own.
 */
import type { ClientDirective } from 'astro';
import { textReady } from './text-ready';

const now: ClientDirective = async (load) => {
  const hydrate = await load();
  await textReady();
  await hydrate();
};

export default now;
