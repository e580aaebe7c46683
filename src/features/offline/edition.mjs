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
//   - leaves Paged.js out (the book page's layout in pages, which cannot work from file://);
//   - keeps each page's CSP strict: 'self' plus the hash of every inline block it still has.
// A page is read by its tree and changed by edits of its text (edition-page.mjs), so all the edition does
// not change stays as the web build wrote it.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { BuiltPages } from '../pages/page.mjs';
import { editionHtml, readEditionPage } from './edition-page.mjs';
import { fileOf, relativeUrl, rewriteCssUrls, sitePathOf } from './links.mjs';
import { readPagefindIndex } from './search-index.mjs';
import { zipFiles } from './zip.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const RUNTIME = join(ROOT, 'src/features/offline/client/pwa-offline-runtime.ts');
const SEARCH = join(ROOT, 'src/features/offline/client/pwa-offline-search.ts');
/** Where the edition keeps what it adds: page bundles and the search index. */
const OWN = '_offline';
const STORED = /\.(png|jpe?g|gif|webp|avif|zip|epub|woff2?|gz)$/i;
/** The global in which the site bundle lends the islands bundle its modules, each as a function that runs it once. */
const SHARED = 'cxOfflineShared';
/**
 * Paged.js's chunk, known by the class its chunker gives the area it lays pages out in. The book page's
 * "Lay out in pages" loads it on the web; from file:// Paged.js cannot fetch the page's style sheets, so
 * the edition's book page offers no layout (its form is data-offline-web) and the edition carries an
 * empty module in the chunk's place (about 105 KB less zipped).
 */
const PAGED_JS = /\.classList\.add\(["'`]pagedjs_pages["'`]\)/;
/** What the edition carries in Paged.js's place: a module that fails if anything runs it. */
const PAGED_JS_LEFT_OUT =
  'throw new Error("Paged.js is not in the offline edition: the book is laid out in pages on the web.");';
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
    // The book's PDFs (`npm run pdf`, after the build) are large; the zip carries the EPUBs.
    path.endsWith('.pdf') ||
    (path.startsWith('_astro/') && /\.(m?js|map)$/.test(path))
  );
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
        if (PAGED_JS.test(code)) return { contents: PAGED_JS_LEFT_OUT, loader: 'js' };
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
 * @param {{ dist: string, base: string, strings: EditionStrings, languages?: { lang: string, home: string, strings: EditionStrings }[], zipFile?: string, pages?: import('./edition-page.mjs').EditionPage[] }} options
 *   strings: the default language's, which name the zip; languages: one README each (by default one,
 *   in `strings`, for the home page); zipFile overrides where the zip is written (the benchmark writes elsewhere);
 *   pages: the web pages as the build's page step read them (readEditionPage); by default read from `dist`.
 * @returns {Promise<{ zipFile: string, bytes: number, seconds: number, pages: number, files: number, bundles: number, indexed: Record<string, number> }>}
 */
export async function buildEdition({ dist: distDir, base, strings, languages, zipFile, pages: read }) {
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
  /** @type {{ page: import('./edition-page.mjs').EditionPage, bundles: string[], run: string[] }[]} */
  const pages = [];
  // Two bundles: the site bundle holds every page script, for every page that has any; the islands
  // bundle holds every island module, for pages with islands, which load both.
  const dismantled = (read ?? [...BuiltPages.read(dist)].map((page) => readEditionPage(page, base))).filter((p) =>
    fileSet.has(p.path),
  );
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
    pages.push({ page, bundles: uses, run: page.scripts.map((s) => s.key) });
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
    if (file.text.includes('pagedjs_pages')) {
      throw new Error(`Offline edition: ${name} holds Paged.js, which the edition leaves out; has its chunk changed?`);
    }
    out.set(`${OWN}/${name}`, file.text);
  }

  for (const { page, bundles: uses, run } of pages) {
    const root = relativeUrl(page.path, 'index.html').replace(/index\.html$/, '');
    let bundleTag = null;
    if (uses.length > 0) {
      bundleTag = uses
        .map((id) => {
          const src = relativeUrl(page.path, `${OWN}/${bundles.get(id)?.name}.js`);
          return id === site.id
            ? `<script src="${src}" data-cx-root="${root || './'}" data-cx-run="${run.join(' ')}" defer></script>`
            : `<script src="${src}" defer></script>`;
        })
        .join('');
    }
    out.set(page.path, editionHtml(page, { base, isFile, bundleTag }));
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
  const languageOf = new Map(dismantled.map((p) => [p.path, p.lang]));
  for (const p of readPagefindIndex(dist)) {
    const site = sitePathOf(p.url, 'index.html', '/');
    if (!site) continue;
    const file = fileOf(site.path, isFile);
    const lang = languageOf.get(file);
    if (lang === undefined) throw new Error(`Pagefind indexed ${p.url}, which is no page of the build.`);
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
 * A byte count as readers say it: "850 kB", "1.4 MB" (in English; "1,4 MB" for locale "de-DE").
 * @param {number} bytes
 * @param {string} [locale]
 */
export function formatBytes(bytes, locale = 'en') {
  const [value, unit] = bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : [bytes / 1e3, 'kilobyte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}
