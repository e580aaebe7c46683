// Weighs a built page by reading the files it references: what loads with the page, and what
// loads on demand (islands as they hydrate, code imported when the reader acts).
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip size of a buffer or string, at the level a static host would use. */
export function gz(data) {
  return gzipSync(data, { level: 9 }).length;
}

const STATIC_IMPORT = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[^'"();]*?from\s*)?["']([^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;
const VITE_DEPS = /m\.f=\[([^\]]*)\]/;

/** Maps a URL path in the built site to its file, given the site's base path. */
function fileOf(dist, base, urlPath) {
  const inside = urlPath.startsWith(base) ? urlPath.slice(base.length) : urlPath.replace(/^\//, '');
  return join(dist, inside);
}

/** The scripts a module pulls in: static imports now, dynamic imports later. */
function importsOf(dist, base, urlPath) {
  const code = readFileSync(fileOf(dist, base, urlPath), 'utf8');
  const resolve = (spec) => (spec.startsWith('.') ? posix.join(posix.dirname(urlPath), spec) : spec);
  const now = [...code.matchAll(STATIC_IMPORT)].map((m) => resolve(m[1]));
  const later = [...code.matchAll(DYNAMIC_IMPORT)].map((m) => resolve(m[1]));
  // Vite lists a dynamic chunk's dependencies in a table of site-relative paths.
  const deps = code.match(VITE_DEPS)?.[1];
  if (deps) later.push(...[...deps.matchAll(/"([^"]+)"/g)].map((m) => posix.join(base, m[1])));
  return { now, later };
}

/** Every module reachable from `roots` by static imports. */
function closure(dist, base, roots) {
  const seen = new Set();
  const dynamic = new Set();
  const stack = [...roots];
  while (stack.length > 0) {
    const url = stack.pop();
    if (seen.has(url) || !url.endsWith('.js')) continue;
    seen.add(url);
    const { now, later } = importsOf(dist, base, url);
    stack.push(...now);
    for (const l of later) dynamic.add(l);
  }
  return { modules: seen, dynamic };
}

const attr = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/** Bytes (gzip) of one page: HTML, CSS and JS on load, and JS on demand. */
export function weighPage(dist, base, pagePath) {
  const htmlFile = join(dist, pagePath.endsWith('.html') ? pagePath : join(pagePath, 'index.html'));
  const html = readFileSync(htmlFile, 'utf8');
  const sum = (urls) => [...urls].reduce((n, u) => n + gz(readFileSync(fileOf(dist, base, u))), 0);

  const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) => attr(m[0], 'href'));
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="[^"]*"[^>]*>/g)].map((m) => attr(m[0], 'src'));
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const islands = [...html.matchAll(/<astro-island\b[^>]*>/g)].flatMap((m) =>
    [attr(m[0], 'component-url'), attr(m[0], 'renderer-url')].filter(Boolean),
  );

  const onLoad = closure(dist, base, scripts.filter(Boolean));
  const demandRoots = [...islands, ...onLoad.dynamic].filter((u) => !onLoad.modules.has(u));
  const onDemand = closure(dist, base, demandRoots);
  for (const m of onLoad.modules) onDemand.modules.delete(m);

  return {
    page: pagePath,
    html: gz(html),
    css: sum(css.filter(Boolean)),
    jsLoad: sum(onLoad.modules),
    jsInline: inline.reduce((n, s) => n + gz(s), 0),
    jsDemand: sum(onDemand.modules),
    islands: islands.length / 2,
  };
}

/** Total bytes and file count of a folder, for the search index. */
export function folderSize(dir, readdir) {
  let bytes = 0;
  let files = 0;
  for (const e of readdir(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      const sub = folderSize(full, readdir);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += readFileSync(full).length;
      files += 1;
    }
  }
  return { bytes, files };
}

export { dirname };
