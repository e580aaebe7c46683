#!/usr/bin/env node
// Serves a built site on localhost as a static host would: under its base path, with the site's own
// 404 pages (the nearest 404.html up the missing address's folders, as Cloudflare Pages does: /de/404.html
// for /de/…), the headers the build wrote to `_headers` (security policy, caching), and brotli or gzip
// compression, so that local measurements mean what they would in production.
// Usage: node tooling/serve.mjs [--dir dist] [--base /] [--port 4321]
import { readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { headersFor, parseHeaders } from '../src/features/headers/headers.mjs';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env.OUT_DIR ?? 'dist' },
    base: { type: 'string', default: process.env.SITE_BASE ?? '/' },
    port: { type: 'string', default: process.env.PORT ?? '4321' },
  },
});
const root = resolve(values.dir);
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
const port = Number(values.port);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.zip': 'application/zip',
  '.txt': 'text/plain; charset=utf-8',
};
/** Types worth compressing; images, archives and Pagefind's own compressed files are not. */
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|wasm)|image\/svg)/;

const headersFile = join(root, '_headers');
let rules = [];
let rulesVersion = -1;
/** The rules of `_headers`, read again whenever a new build has written it. */
function currentRules() {
  const version = statSync(headersFile, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  if (version !== rulesVersion) {
    rules = version ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
    if (rules.length === 0) console.warn(`No ${headersFile}: serving without security or caching headers.`);
    rulesVersion = version;
  }
  return rules;
}

/** Maps a request path to a file inside root, or null when it would leave root. */
function fileFor(pathname) {
  let inside;
  try {
    inside = normalize(decodeURIComponent(pathname.slice(base.length - 1)));
  } catch {
    return null; // a malformed escape names no file
  }
  const full = join(root, inside);
  return full === root || full.startsWith(root + sep) ? full : null;
}

async function existingFile(path) {
  try {
    const s = await stat(path);
    if (s.isFile()) return path;
    if (s.isDirectory()) return existingFile(join(path, 'index.html'));
  } catch {}
  return null;
}

/** The 404 page for a missing address: the nearest 404.html up its folders, and that page's own path. */
async function notFoundFor(pathname) {
  const folders = pathname.startsWith(base) ? pathname.slice(base.length).split('/').slice(0, -1) : [];
  for (let i = folders.length; i >= 0; i--) {
    const urlPath = `${base}${[...folders.slice(0, i), '404.html'].join('/')}`;
    const file = fileFor(urlPath);
    const found = file && (await existingFile(file));
    if (found) return { file: found, urlPath };
  }
  return null;
}

/** Compressed bodies, made once per file version and encoding. */
const compressed = new Map();
const ENCODERS = {
  br: (data) => promisify(brotliCompress)(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  gzip: (data) => promisify(gzip)(data, { level: 9 }),
};

/** The encoding to send: brotli, then gzip, when the client accepts it. */
function encodingFor(req) {
  const accepted = String(req.headers['accept-encoding'] ?? '');
  return ['br', 'gzip'].find((e) => new RegExp(`\\b${e}\\b(?!;q=0(\\.0*)?\\b)`).test(accepted)) ?? null;
}

/** Sends a file with the headers the host would send for the requested path. */
async function send(req, res, status, path, urlPath) {
  const info = await stat(path);
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  const etag = `W/"${info.size.toString(36)}-${info.mtimeMs.toString(36)}"`;
  const headers = { 'content-type': type, 'cache-control': 'no-cache', etag, ...headersFor(currentRules(), urlPath) };
  if (status === 200 && req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    return res.end();
  }
  let body = await readFile(path);
  const encoding = COMPRESSIBLE.test(type) ? encodingFor(req) : null;
  if (COMPRESSIBLE.test(type)) headers.vary = 'Accept-Encoding';
  if (encoding) {
    const key = `${path}\0${etag}\0${encoding}`;
    if (!compressed.has(key)) compressed.set(key, ENCODERS[encoding](body));
    body = await compressed.get(key);
    headers['content-encoding'] = encoding;
  }
  headers['content-length'] = body.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

// Shared tool links carry their state in the query, so allow long addresses.
const server = createServer({ maxHeaderSize: 64 * 1024 }, async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === base.slice(0, -1)) {
    res.writeHead(301, { location: base });
    return res.end();
  }
  const candidate = url.pathname.startsWith(base) ? fileFor(url.pathname) : null;
  // Hosts read `_headers` but never serve it.
  const found = candidate && candidate !== headersFile && (await existingFile(candidate));
  if (found && !url.pathname.endsWith('/') && found.endsWith(`${sep}index.html`) && !candidate.endsWith('.html')) {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` });
    return res.end();
  }
  if (found) return send(req, res, 200, found, url.pathname);
  const notFound = await notFoundFor(url.pathname);
  if (notFound) return send(req, res, 404, notFound.file, notFound.urlPath);
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('Not found');
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://localhost:${port}${base}`);
});
