/**
 * `client:now`: hydrates an island at once, like `client:load`, but only after its strings are loaded in
 * its language (`islandText`), so an island never renders in a language other than the page's.
 */
import type { ClientDirective } from 'astro';
import { islandText } from './island-text';

const now: ClientDirective = async (load, _opts, el) => {
  const hydrate = await load();
  await islandText(el);
  await hydrate();
};

export default now;
