#!/usr/bin/env node
// Serves a built site on localhost, under its base path, with the site's own 404 page.
// Usage: node scripts/serve.mjs [--dir dist] [--base /] [--port 4321]
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

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

/** Maps a request path to a file inside root, or null when it would leave root. */
function fileFor(pathname) {
  const inside = normalize(decodeURIComponent(pathname.slice(base.length - 1)));
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

function send(res, status, path) {
  res.writeHead(status, {
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  });
  createReadStream(path).pipe(res);
}

// Shared tool links carry their state in the query, so allow long addresses.
const server = createServer({ maxHeaderSize: 64 * 1024 }, async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === base.slice(0, -1)) {
    res.writeHead(301, { location: base });
    return res.end();
  }
  const candidate = url.pathname.startsWith(base) ? fileFor(url.pathname) : null;
  const found = candidate && (await existingFile(candidate));
  if (found && !url.pathname.endsWith('/') && found.endsWith(`${sep}index.html`) && !candidate.endsWith('.html')) {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` });
    return res.end();
  }
  if (found) return send(res, 200, found);
  const notFound = await existingFile(join(root, '404.html'));
  if (notFound) return send(res, 404, notFound);
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('Not found');
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://localhost:${port}${base}`);
});
