import { describe, expect, it } from 'vitest';
import { inIslandRuntime, inTextRuntime, isPreloadHelper } from '../../src/features/bundle/island-runtime';

const NM = '/work/app/node_modules';
const SRC = '/work/app/src';

describe('the chunk groups every island page loads', () => {
  it('puts Preact, its Astro renderer and the island runtime in the Preact chunk, and nothing lazy', () => {
    for (const id of [
      `${NM}/preact/dist/preact.module.js`,
      `${NM}/preact/hooks/dist/hooks.module.js`,
      `${NM}/preact/jsx-runtime/dist/jsxRuntime.module.js`,
      `${NM}/@astrojs/preact/dist/client.js`,
      `${NM}/@astrojs/preact/dist/static-html.js`,
      `${SRC}/i18n/island.tsx`,
      `${SRC}/components/tools/shared/UndoStatus.tsx`,
      `${SRC}/components/tools/shared/use-undo.ts`,
      `${SRC}/components/tools/shared/browser-store.ts`,
    ])
      expect(inIslandRuntime(id), id).toBe(true);
    for (const id of [
      // Signals load only for an island that uses them; the server side of the renderer is no client code.
      `${NM}/@preact/signals/dist/signals.module.js`,
      `${NM}/@astrojs/preact/dist/server.js`,
      `${SRC}/i18n/text.ts`,
      `${SRC}/components/tools/shared/use-saved-state.ts`,
      `${SRC}/components/classroom/AnswerForm.tsx`,
    ])
      expect(inIslandRuntime(id), id).toBe(false);
  });

  it('puts the string tables reader, the languages and the storage writer in the text chunk, not the tables', () => {
    for (const id of [
      `${SRC}/i18n/text.ts`,
      `${SRC}/i18n/languages.ts`,
      `${SRC}/i18n/en/meta.ts`,
      `${SRC}/i18n/de/meta.ts`,
      `${SRC}/lib/state/write.ts`,
    ])
      expect(inTextRuntime(id), id).toBe(true);
    for (const id of [
      `${SRC}/i18n/en/answer.ts`,
      `${SRC}/i18n/de/undo.ts`,
      // Revision stamps and reading: only pages that read saved state load them.
      `${SRC}/lib/state/storage.ts`,
      `${SRC}/lib/state/revision.ts`,
    ])
      expect(inTextRuntime(id), id).toBe(false);
  });

  it("knows Vite's preload helper by its virtual id", () => {
    expect(isPreloadHelper('\0vite/preload-helper.js')).toBe(true);
    expect(isPreloadHelper(`${SRC}/lib/preload.ts`)).toBe(false);
  });
});
