import type { Plugin } from 'vite';

/** The files that define `uses` and speak of it in their comments. */
export const OWN = /\/src\/i18n\/(text|island|table-loaders)\.tsx?$/;

/** `uses('kano')` (or with double quotes), whose loaders the build adds. */
export const USES = /\buses\((['"])([a-z][a-z-]*)\1\)/g;

/**
 * Gives each `uses('<namespace>')` call the loaders of that namespace's files in every language
 * (`import.meta.glob('/src/i18n/*\/<namespace>.ts')`), so a page's code carries the loaders of just the
 * tables it reads: the answering page loads two, not all of them. Runs before Vite expands the glob.
 */
export function tableLoaders(): Plugin {
  return {
    name: 'cx-table-loaders',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!/\.(ts|tsx|mjs|js)$/.test(file) || file.includes('/node_modules/') || OWN.test(file)) return null;
      if (!code.includes('uses(')) return null;
      const out = code.replace(
        USES,
        (_, q: string, ns: string) => `uses(${q}${ns}${q}, import.meta.glob(${q}/src/i18n/*/${ns}.ts${q}))`,
      );
      return out === code ? null : { code: out, map: null };
    },
  };
}
