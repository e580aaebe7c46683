import type { Plugin } from 'vite';

/** The helper's import, aliased (`import{t as e}`) or not (`import{t}`). */
const HELPER = /import\{([\w$]+)(?: as ([\w$]+))?\}from"\.\/preload-helper\.[\w-]+\.js";?/;

/**
 * Vite wraps every dynamic import in its preload helper, even with `build.modulePreload: false`
 * (it keeps the helper to load the CSS of lazy chunks; vitejs/vite#18551, #13952). Where a chunk's
 * lazy imports preload nothing (no dependency table), the helper only calls its first argument, so
 * it is replaced by a one-line function and no page fetches preload-helper.js for nothing.
 */
export function noEmptyPreload(): Plugin {
  return {
    name: 'cx-no-empty-preload',
    apply: 'build',
    enforce: 'post',
    applyToEnvironment: (env) => env.name === 'client',
    generateBundle: {
      // After Vite has written each lazy import's dependency list.
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue;
          const found = chunk.code.match(HELPER);
          if (!found || chunk.code.includes('__vite__mapDeps') || /m\.f=\[/.test(chunk.code)) continue;
          chunk.code = chunk.code.replace(found[0], `const ${found[2] ?? found[1]}=(f)=>f();`);
          chunk.imports = chunk.imports.filter((i) => !i.includes('preload-helper'));
        }
      },
    },
  };
}
