// Builds the offline edition: a copy of the built site that works opened from disk (file://), zipped.
//
// On file:// browsers refuse module scripts, import() of files and fetch, so Astro's output cannot
// run there as it is. This step copies the build and:
//   - rewrites every internal URL in HTML and CSS to a relative path that names a file (…/index.html);
//   - bundles every page script of the site into one classic script (esbuild, IIFE), and every island
//     module into a second one that pages with islands load as well and that reuses the first one's
//     modules (the string tables above all) rather than carrying copies; in both, each module runs
//     lazily, when its page or its island asks for it, as on the web; each page's tag names the scripts
//     it runs (data-cx-run), and a small island loader that imports nothing
//     (client/pwa-offline-runtime.ts) takes the place of Astro's;
//   - swaps Pagefind for a search over the same indexed text, loaded by a classic <script>, one index
//     per language as Pagefind has;
//   - keeps each page's CSP strict: 'self' plus the hash of every inline block it still has.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { offlinePolicy } from './csp.mjs';
import { fileOf, relativeUrl, rewriteCssUrls, rewriteHtmlUrls, START_TAG, sitePathOf } from './links.mjs';
import { readPagefindIndex } from './search-index.mjs';
import { zipFiles } from './zip.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const RUNTIME = join(ROOT, 'src/features/offline/client/pwa-offline-runtime.ts');
const SEARCH = join(ROOT, 'src/features/offline/client/pwa-offline-search.ts');
/** Where the edition keeps what it adds: page bundles and the search index. */
const OWN = '_offline';
const STORED = /\.(png|jpe?g|gif|webp|avif|zip|woff2?|gz)$/i;
/** The global in which the site bundle lends the islands bundle its modules, each as a function that runs it once. */
const SHARED = 'cxOfflineShared';
/** The global in which the islands bundle hands the site bundle's runtime its island modules. */
const ISLANDS = 'cxOfflineModules';

/** Every file under a folder, as site paths with forward slashes. */
function listFiles(dir) {
  /** @type {string[]} */
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** What the web build has that the edition leaves out: search, service worker, module code. */
function leftOut(path, zipPath) {
  return (
    path === zipPath ||
    path.startsWith('pagefind/') ||
    path === 'sw.js' ||
    /^workbox-[\w-]+\.js(\.map)?$/.test(path) ||
    path === 'manifest.webmanifest' ||
    (path.startsWith('_astro/') && /\.(m?js|map)$/.test(path))
  );
}

const attrOf = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/**
 * An inline script of Astro's that defines a hydration directive (client:load, or the site's own
 * client:interact): it sets `self.Astro.<name>` and announces it with an "astro:<name>" event.
 */
const DIRECTIVE = /\(self\.Astro\|\|\(self\.Astro=\{\}\)\)\.(\w+)=[\s\S]*\bdispatchEvent\(new Event\("astro:\1"\)\)/;

/**
 * Takes a page apart for the edition: removes its module scripts, Astro's island loader and its
 * directive scripts, and lists what its bundles must hold. A directive's inline script, the same on
 * every page with such an island (2 KB for client:interact), moves into the islands bundle, which
 * defines it before the runtime starts the islands.
 */
function dismantle(html, pagePath, base) {
  /** @type {({ key: string, file: string } | { key: string, code: string, dir: string })[]} */
  const scripts = [];
  /** @type {Set<string>} */
  const modules = new Set();
  /** @type {Map<string, string>} */
  const directives = new Map();
  let placed = false;
  let out = html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script>\s*/gi, (all, attrs, body) => {
    const module = /\btype="module"/.test(attrs);
    const astroIslandLoader = !module && body.includes('customElements.define("astro-island"');
    const directive = !module && !attrOf(attrs, 'src') && body.match(DIRECTIVE)?.[1];
    if (directive) {
      directives.set(`${directive}-${shortHash(body)}`, body);
      return all.match(/\s*$/)?.[0] ?? '';
    }
    if (!module && !astroIslandLoader) return all;
    if (module) {
      const src = attrOf(attrs, 'src');
      if (src) {
        const site = sitePathOf(src, pagePath, base);
        if (!site) throw new Error(`${pagePath}: a module script from outside the site: ${src}`);
        scripts.push({ key: site.path, file: site.path });
      } else {
        // An inline module's relative imports resolve from its page's folder.
        const dir = posix.dirname(pagePath);
        scripts.push({ key: `inline-${shortHash(dir + body)}`, code: body, dir });
      }
    }
    if (placed) return '';
    placed = true;
    return '<!--cx-offline-bundle-->';
  });
  for (const m of out.matchAll(START_TAG)) {
    if (m[1] !== 'astro-island') continue;
    for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const url = attrOf(m[0], name);
      const site = url && sitePathOf(url, pagePath, base);
      if (site) modules.add(site.path);
    }
  }
  // The edition has no manifest and no service worker; the web build's download link points at itself.
  out = out
    .replace(/<link\b[^>]*\brel="(?:manifest|modulepreload)"[^>]*>/g, '')
    .replace(/<(\w+)\b[^>]*\bdata-offline-web\b[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<\w+\b[^>]*\bdata-offline-edition\b[^>]*>/g, (tag) =>
      tag.replace(/\s+hidden(?:="[^"]*")?(?=[\s/>])/, ''),
    );
  return { html: out, scripts, modules: [...modules].sort(), directives };
}

/**
 * @typedef {{ id: 'site' | 'islands', name: string, scripts: Map<string, any>, modules: string[], directives: Map<string, string>, shared: Map<string, number> }} Bundle
 *   scripts: page scripts by key (site bundle); modules: island modules, site paths, and directives:
 *   Astro's directive scripts, by key (islands bundle);
 *   shared: the site bundle's modules that the islands bundle uses, absolute paths, by number
 */

/**
 * Source of a bundle's entry. Every page script and island module sits behind an import() that
 * esbuild inlines as a lazily run function: a page runs only the scripts its tag lists, and an
 * island's module runs when the island hydrates, as on the web; within a bundle all share one copy
 * of each module (one Preact, one chart.js).
 *
 * The site bundle, which every page with scripts loads, holds the runtime and the page scripts, and
 * lends the islands bundle the modules it shares with them (as functions that require them, so they
 * still run only when first used). The islands bundle, which pages with islands load before it,
 * defines Astro's hydration directives (as the pages' inline scripts did) and hands its island modules
 * over; the runtime starts with both.
 * @param {Bundle} bundle
 */
function entrySource(bundle, dist, base) {
  const spec = (file) => JSON.stringify(`./${relative(ROOT, file).split(sep).join('/')}`);
  const lazy = (key, from) => `${JSON.stringify(key)}: () => import(${from})`;
  if (bundle.id === 'islands') {
    const modules = bundle.modules.map((m) => lazy(m, spec(join(dist, m))));
    return [...bundle.directives.values(), `globalThis.${ISLANDS} = { ${modules.join(', ')} };`].join('\n');
  }
  const scripts = [...bundle.scripts.entries()].map(([key, s]) =>
    lazy(key, 'file' in s ? spec(join(dist, s.file)) : JSON.stringify(`cx-inline:${key}`)),
  );
  const shared = [...bundle.shared].map(([file, n]) => `${n}: () => require(${spec(file)})`);
  return [
    `import { startOffline } from ${spec(RUNTIME)};`,
    shared.length > 0 ? `globalThis.${SHARED} = { ${shared.join(', ')} };` : '',
    `startOffline({ ${scripts.join(', ')} }, globalThis.${ISLANDS} ?? {}, ${JSON.stringify(base)});`,
  ].join('\n');
}

/**
 * The esbuild plugin that keeps the site bundle's modules out of the islands bundle: each becomes a
 * stub that takes the site bundle's copy (run once, on first use, as before). The stub is CommonJS, in
 * a namespace of its own (a file of this "type": "module" package would be read as an ES module).
 * @param {Map<string, number>} lent the site bundle's modules, absolute paths, by number
 * @param {Set<string>} used collects the ones the islands bundle asked for
 */
function sharedPlugin(lent, used) {
  return {
    name: 'cx-offline-shared',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (a) => {
        if (a.pluginData?.cxShared) return undefined;
        const { kind, importer, namespace, resolveDir } = a;
        const r = await build.resolve(a.path, {
          kind,
          importer,
          namespace,
          resolveDir,
          pluginData: { cxShared: true },
        });
        if (r.errors.length > 0) return { errors: r.errors, warnings: r.warnings };
        const n = r.namespace === 'file' && !r.external ? lent.get(r.path) : undefined;
        if (n === undefined) {
          const { path, external, namespace: ns, sideEffects, suffix, pluginData } = r;
          return { path, external, namespace: ns, sideEffects, suffix, pluginData, warnings: r.warnings };
        }
        used.add(r.path);
        return { path: String(n), namespace: 'cx-shared' };
      });
      build.onLoad({ filter: /.*/, namespace: 'cx-shared' }, (a) => ({
        contents: `module.exports = ${SHARED}[${a.path}]();`,
        loader: 'js',
      }));
    },
  };
}

/**
 * The esbuild plugin that feeds the generated entries and adapts Vite's output to a classic bundle.
 * @param {{ bundles: Map<string, any>, scripts: Map<string, any>, dist: string, base: string, seen: { pagefind: number } }} ctx
 */
function offlinePlugin(ctx) {
  const distAbs = join(ctx.dist, sep);
  return {
    name: 'cx-offline',
    setup(build) {
      build.onResolve({ filter: /^cx-entry:/ }, (a) => ({ path: a.path.slice(9), namespace: 'cx-entry' }));
      build.onLoad({ filter: /.*/, namespace: 'cx-entry' }, (a) => ({
        contents: entrySource(ctx.bundles.get(a.path), ctx.dist, ctx.base),
        resolveDir: ROOT,
        loader: 'js',
      }));
      build.onResolve({ filter: /^cx-inline:/ }, (a) => ({ path: a.path.slice(10), namespace: 'cx-inline' }));
      build.onLoad({ filter: /.*/, namespace: 'cx-inline' }, (a) => {
        const script = ctx.scripts.get(a.path);
        return { contents: script.code, resolveDir: join(ctx.dist, script.dir), loader: 'js' };
      });
      build.onResolve({ filter: /^cx-offline:search$/ }, () => ({ path: SEARCH }));
      // A site-rooted import ("/_astro/x.js") in page code names a file of the build.
      build.onResolve({ filter: /^\// }, (a) => {
        if (a.namespace !== 'cx-inline' && !a.importer.startsWith(distAbs)) return undefined;
        const site = sitePathOf(a.path, 'index.html', ctx.base);
        return site ? { path: join(ctx.dist, site.path) } : undefined;
      });
      build.onLoad({ filter: /\.m?js$/ }, (a) => {
        if (!a.path.startsWith(distAbs)) return undefined;
        let code = readFileSync(a.path, 'utf8');
        // Vite preloads a lazy chunk's dependencies with <link> tags; in one bundle there is nothing to preload.
        code = code.replace(/__vite__mapDeps\(\[[\d,\s]*\]\)/g, '[]');
        if (code.includes('vite:preloadError')) {
          code = code.replaceAll('import.meta.resolve', 'undefined').replaceAll('import.meta.url', 'document.baseURI');
        }
        code = code.replace(/import\(\s*`[^`]*pagefind\/pagefind\.js`\s*\)/g, () => {
          ctx.seen.pagefind++;
          return 'import("cx-offline:search")';
        });
        // Vite's chunks are ES modules, so strict: say so, or esbuild reads a function declared in a block
        // by sloppy-mode rules (hoisted), which breaks minified code that relies on block scope (papaparse).
        return { contents: `"use strict";\n${code}`, loader: 'js' };
      });
    },
  };
}

/** A short content hash, for file names. */
function shortHash(text) {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}

/** The language of a page, as its <html lang> says and as Pagefind splits its indexes by; "unknown" without one. */
export function pageLanguage(html) {
  return (html.match(/<html\b[^>]*?\slang="([^"]*)"/i)?.[1] || 'unknown').toLowerCase();
}

/**
 * The file of the edition's search index for one language; client/pwa-offline-search.ts loads it
 * by the same name, for the page's <html lang>.
 * @param {string} lang
 */
export function searchIndexFile(lang) {
  return `${OWN}/search-index.${lang}.js`;
}

/**
 * The README pages the zip carries at its top, one pair per language: "<readmeFile>.html" and ".txt".
 * @param {{ lang: string, home: string, strings: { readmeFile: string, readmeTitle: string, readmeOpen: string, readme: readonly string[] } }} readme
 *   home: the language's first page, from the edition's root ("index.html", "de/index.html")
 */
function readmes({ lang, home, strings }) {
  const paragraphs = strings.readme.map(
    (p) => `<p>${p.replace(/(?:\S*\/)?index\.html/, (name) => `<a href="${home}">${name}</a>`)}</p>`,
  );
  const style = 'body{font:1.1rem/1.55 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}';
  const css = `'sha256-${createHash('sha256').update(style).digest('base64')}'`;
  const html = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="default-src 'none'; style-src ${css}; base-uri 'none'; form-action 'none'">
<title>${strings.readmeTitle}</title>
<style>${style}</style>
</head>
<body>
<main>
<h1>${strings.readmeTitle}</h1>
${paragraphs.join('\n')}
<p><a href="${home}">${strings.readmeOpen}</a></p>
</main>
</body>
</html>
`;
  const text = `${strings.readmeTitle}\n${'='.repeat(strings.readmeTitle.length)}\n\n${strings.readme.join('\n\n')}\n`;
  return { [`${strings.readmeFile}.html`]: html, [`${strings.readmeFile}.txt`]: text };
}

/**
 * @typedef {{ zipPath: string, zipFolder: string, readmeFile: string, readmeTitle: string, readmeOpen: string, readme: readonly string[] }} EditionStrings
 */

/**
 * Builds the offline edition of the site in `dist` and writes it, zipped, to `dist/<zipPath>`.
 * @param {{ dist: string, base: string, strings: EditionStrings, languages?: { lang: string, home: string, strings: EditionStrings }[], zipFile?: string }} options
 *   strings: the default language's, which name the zip; languages: one README each (by default one,
 *   in `strings`, for the home page); zipFile overrides where the zip is written (the benchmark writes elsewhere).
 * @returns {Promise<{ zipFile: string, bytes: number, seconds: number, pages: number, files: number, bundles: number, indexed: Record<string, number> }>}
 */
export async function buildEdition({ dist: distDir, base, strings, languages, zipFile }) {
  const start = performance.now();
  const dist = resolve(distDir);
  const zipPath = strings.zipPath.replace(/^\//, '');
  const all = listFiles(dist);
  const kept = all.filter((p) => !leftOut(p, zipPath));
  const fileSet = new Set(kept);
  const isFile = (p) => fileSet.has(p);
  /** @type {Map<string, Uint8Array | string>} */
  const out = new Map();

  /** @type {Map<string, Bundle>} */
  const bundles = new Map();
  /** @type {{ path: string, html: string, bundles: string[], run: string[] }[]} */
  const pages = [];
  // Two bundles: the site bundle holds every page script, for every page that has any; the islands
  // bundle holds every island module, for pages with islands, which load both.
  const dismantled = kept
    .filter((p) => p.endsWith('.html'))
    .map((path) => ({ path, ...dismantle(readFileSync(join(dist, path), 'utf8'), path, base) }));
  /** @type {Map<string, any>} */
  const scripts = new Map();
  for (const page of dismantled) for (const s of page.scripts) scripts.set(s.key, s);
  /** @type {Bundle} */
  const site = {
    id: 'site',
    name: 'site',
    scripts: new Map([...scripts].sort(([a], [b]) => a.localeCompare(b))),
    modules: [],
    directives: new Map(),
    shared: new Map(),
  };
  /** @type {Bundle} */
  const islands = {
    id: 'islands',
    name: 'islands',
    scripts: new Map(),
    modules: [...new Set(dismantled.flatMap((p) => p.modules))].sort(),
    directives: new Map(dismantled.flatMap((p) => [...p.directives]).sort(([a], [b]) => a.localeCompare(b))),
    shared: new Map(),
  };
  if (dismantled.some((p) => p.scripts.length > 0 || p.modules.length > 0)) bundles.set(site.id, site);
  if (islands.modules.length > 0) bundles.set(islands.id, islands);
  for (const page of dismantled) {
    const none = page.scripts.length === 0 && page.modules.length === 0;
    // The islands bundle first: the site bundle's runtime, run next, starts with its modules.
    const uses = none ? [] : page.modules.length > 0 ? [islands.id, site.id] : [site.id];
    pages.push({ path: page.path, html: page.html, bundles: uses, run: page.scripts.map((s) => s.key) });
  }

  const ctx = { bundles, scripts, dist, base, seen: { pagefind: 0 } };
  /** @param {Bundle} bundle @param {any[]} plugins */
  const bundleOf = (bundle, plugins = []) =>
    esbuild.build({
      entryPoints: [{ in: `cx-entry:${bundle.id}`, out: bundle.name }],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      write: false,
      outdir: join(ROOT, OWN),
      absWorkingDir: ROOT,
      minify: true,
      legalComments: 'none',
      charset: 'utf8',
      logLevel: 'error',
      define: { 'process.env.NODE_ENV': '"production"' },
      plugins: [...plugins, offlinePlugin(ctx)],
      metafile: true,
    });
  /** @type {import('esbuild').BuildResult<{ write: false, metafile: true }>[]} */
  const built = [];
  if (bundles.has(site.id)) {
    let siteBuilt = await bundleOf(site);
    if (bundles.has(islands.id)) {
      // The islands bundle takes every module the site bundle already has from it (the string tables
      // and what they import, mostly); then the site bundle is built again, lending those.
      const lent = new Map(
        Object.keys(siteBuilt.metafile.inputs)
          .filter((p) => !/^[\w-]+:/.test(p))
          .sort()
          .map((p, n) => [resolve(ROOT, p), n]),
      );
      /** @type {Set<string>} */
      const used = new Set();
      built.push(await bundleOf(islands, [sharedPlugin(lent, used)]));
      site.shared = new Map([...used].map((p) => [p, lent.get(p) ?? -1]).sort((a, b) => a[1] - b[1]));
      if (used.size > 0) siteBuilt = await bundleOf(site);
    }
    built.push(siteBuilt);
  }
  // CX_OFFLINE_METAFILE=<file> writes esbuild's metafile of both bundles, to see what they hold
  // (https://esbuild.github.io/analyze/, or esbuild.analyzeMetafile).
  if (process.env.CX_OFFLINE_METAFILE) {
    const meta = { inputs: {}, outputs: {} };
    for (const b of built) {
      Object.assign(meta.inputs, b.metafile.inputs);
      Object.assign(meta.outputs, b.metafile.outputs);
    }
    writeFileSync(process.env.CX_OFFLINE_METAFILE, JSON.stringify(meta));
  }
  if (ctx.seen.pagefind === 0 && bundles.size > 0) {
    throw new Error('Offline edition: found no import of pagefind/pagefind.js to replace; has search.ts changed?');
  }
  for (const file of built.flatMap((b) => b.outputFiles)) {
    const name = posix.basename(file.path.split(sep).join('/'));
    if (/(?<![\w$.])import\(/.test(file.text)) {
      throw new Error(`Offline edition: ${name} still imports a module at run time, which file:// forbids.`);
    }
    out.set(`${OWN}/${name}`, file.text);
  }

  for (const page of pages) {
    let html = rewriteHtmlUrls(page.html, page.path, base, isFile);
    const root = relativeUrl(page.path, 'index.html').replace(/index\.html$/, '');
    if (page.bundles.length > 0) {
      const tag = page.bundles
        .map((id) => {
          const src = relativeUrl(page.path, `${OWN}/${bundles.get(id)?.name}.js`);
          return id === site.id
            ? `<script src="${src}" data-cx-root="${root || './'}" data-cx-run="${page.run.join(' ')}" defer></script>`
            : `<script src="${src}" defer></script>`;
        })
        .join('');
      html = html.includes('<!--cx-offline-bundle-->')
        ? html.replace('<!--cx-offline-bundle-->', tag)
        : html.replace('</head>', `${tag}</head>`);
    }
    html = html.replace(
      /(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)(")/i,
      (_, open, policy, close) => open + offlinePolicy(policy, html) + close,
    );
    out.set(page.path, html);
  }

  for (const path of kept) {
    if (path.endsWith('.html')) continue;
    if (path.endsWith('.css'))
      out.set(path, rewriteCssUrls(readFileSync(join(dist, path), 'utf8'), path, base, isFile));
    else out.set(path, readFileSync(join(dist, path)));
  }

  // One index per language, as Pagefind splits its own by each page's <html lang>: a page searches
  // only pages in its language. Pagefind writes its URLs from the build's folder, without the base path.
  /** @type {Map<string, { url: string, title: string, content: string }[]>} */
  const indexes = new Map();
  for (const p of readPagefindIndex(dist)) {
    const site = sitePathOf(p.url, 'index.html', '/');
    if (!site) continue;
    const file = fileOf(site.path, isFile);
    const lang = pageLanguage(readFileSync(join(dist, file), 'utf8'));
    const list = indexes.get(lang) ?? [];
    list.push({ url: file + site.suffix, title: p.title, content: p.content });
    indexes.set(lang, list);
  }
  for (const [lang, index] of indexes)
    out.set(searchIndexFile(lang), `self.cxOfflineIndex=${JSON.stringify(index)};\n`);
  for (const readme of languages ?? [{ lang: 'en', home: 'index.html', strings }]) {
    for (const [name, text] of Object.entries(readmes(readme))) out.set(name, text);
  }

  const mtime = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date();
  const encoder = new TextEncoder();
  const zip = zipFiles(
    [...out.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([path, data]) => ({
        path: `${strings.zipFolder}/${path}`,
        data: typeof data === 'string' ? encoder.encode(data) : new Uint8Array(data),
        store: STORED.test(path),
        mtime,
      })),
  );
  const target = zipFile ?? join(dist, zipPath);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, zip);
  return {
    zipFile: target,
    bytes: zip.length,
    seconds: (performance.now() - start) / 1000,
    pages: pages.length,
    files: out.size,
    /** Pages in each language's search index. */
    indexed: Object.fromEntries([...indexes].map(([lang, index]) => [lang, index.length])),
    bundles: bundles.size,
  };
}

/**
 * Writes the zip's size into every element marked data-offline-size in the web build's pages, in each
 * page's language.
 * @param {string} dist
 * @param {(lang: string) => string} textFor what to write on a page in that language (its <html lang>), such as "(zip, 1.2 MB)"
 * @returns {number} how many elements were filled
 */
export function fillDownloadSize(dist, textFor) {
  let filled = 0;
  for (const path of listFiles(dist).filter((p) => p.endsWith('.html'))) {
    const file = join(dist, path);
    const html = readFileSync(file, 'utf8');
    const text = textFor(pageLanguage(html));
    const next = html.replace(/(<[a-z]+\b[^>]*\bdata-offline-size\b[^>]*>)[^<]*(<\/)/g, (_, open, close) => {
      filled++;
      return open + text + close;
    });
    if (next !== html) writeFileSync(file, next);
  }
  return filled;
}

/**
 * A byte count as readers say it: "850 kB", "1.4 MB" (in English; "1,4 MB" for locale "de-DE").
 * @param {number} bytes
 * @param {string} [locale]
 */
export function formatBytes(bytes, locale = 'en') {
  const [value, unit] = bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : [bytes / 1e3, 'kilobyte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}
