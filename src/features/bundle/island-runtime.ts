/**
 * Two chunks every island page loads whole (codeSplitting groups in astro.config.mjs). Left to the
 * default splitting, these modules fall into five small chunks by who imports them, and gzip pays its
 * header and an empty dictionary per file: the answering page's JavaScript was about 500 B larger.
 * - `preact`: Preact (core, hooks, JSX runtime), Astro's Preact renderer and the island runtime (the
 *   island root, the undo line and its hook, the browser store), which every island imports;
 * - `text`: the string tables' reader and the languages, with the storage writer; the review page,
 *   which has no island, loads these without Preact.
 * A group also takes in the modules its modules import, unless an earlier group has them: so `text`
 * comes before `preact` (the island root imports the reader), and Vite's preload helper, which the
 * renderer imports, keeps a group of its own before both (noEmptyPreload replaces it where it preloads
 * nothing, and every page's script would otherwise import the Preact chunk for it).
 */

const ISLAND = [
  /[\\/]node_modules[\\/]preact[\\/]/,
  /[\\/]node_modules[\\/]@astrojs[\\/]preact[\\/]dist[\\/](?:client|static-html)\.js$/,
  /[\\/]src[\\/]i18n[\\/]island\.tsx$/,
  /[\\/]src[\\/]components[\\/]tools[\\/]shared[\\/](?:UndoStatus\.tsx|use-undo\.ts|browser-store\.ts)$/,
];

const TEXT = [
  /[\\/]src[\\/]i18n[\\/](?:text|languages)\.ts$/,
  /[\\/]src[\\/]i18n[\\/][a-z-]+[\\/]meta\.ts$/,
  /[\\/]src[\\/]lib[\\/]state[\\/]write\.ts$/,
];

/** True for a module of the `preact` chunk: Preact, its Astro renderer and the island runtime. */
export const inIslandRuntime = (id: string): boolean => ISLAND.some((r) => r.test(id));

/** True for a module of the `text` chunk: the string tables' reader, the languages and the storage writer. */
export const inTextRuntime = (id: string): boolean => TEXT.some((r) => r.test(id));

/** True for Vite's preload helper, which stays a chunk of its own. */
export const isPreloadHelper = (id: string): boolean => /vite[\\/]preload-helper/.test(id);
