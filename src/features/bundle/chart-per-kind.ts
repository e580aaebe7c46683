import type { Plugin } from 'vite';

/** A chart setup module: one per chart kind, each registering the chart.js parts it draws with. */
const SETUP = /[\\/]([\w-]+)[\\/]chart-setup\.ts$/;
const TAG = /\?cx-chart=([\w-]+)$/;

/**
 * chart.js ships as one ES module, and Rollup tree-shakes a module once for all its importers, so
 * every chart setup would share one chunk holding the union of what all setups register (the
 * anxiety page's line chart would fetch the bar and scatter controllers too). This gives each
 * setup its own copy of chart.js and of the files chart.js imports (the same file under a
 * per-kind query), so each copy is tree-shaken to what that setup registers and lands in the
 * setup's own chunk. No page draws two kinds of chart, so no page fetches two copies.
 */
export function chartPerKind(): Plugin {
  return {
    name: 'cx-chart-per-kind',
    apply: 'build',
    // Before Vite's resolver, which would otherwise resolve 'chart.js' to the one shared file.
    enforce: 'pre',
    applyToEnvironment: (env) => env.name === 'client',
    async resolveId(source, importer, options) {
      if (!importer) return null;
      const plain = importer.replace(TAG, '');
      const setup = plain.match(SETUP);
      const kind = setup ? (setup[1] ?? null) : (importer.match(TAG)?.[1] ?? null);
      if (!kind || (setup && source !== 'chart.js')) return null;
      const resolved = await this.resolve(source, plain, { ...options, skipSelf: true });
      if (!resolved || resolved.external || resolved.id.includes('?')) return resolved;
      return { ...resolved, id: `${resolved.id}?cx-chart=${kind}` };
    },
  };
}
