// Reads back the text Pagefind indexed, so the offline edition searches the same content as the web
// build. Pagefind stores each page as a "fragment": gzip of a signature followed by JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

/**
 * Decodes one Pagefind fragment file into its URL, title and indexed text.
 * @param {Buffer} bytes
 * @returns {{ url: string, title: string, content: string }}
 */
export function decodeFragment(bytes) {
  const text = gunzipSync(bytes).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(`Not a Pagefind fragment (no "${SIGNATURE}" signature)`);
  const data = JSON.parse(text.slice(SIGNATURE.length));
  if (typeof data.url !== 'string' || typeof data.content !== 'string') {
    throw new Error('A Pagefind fragment has no url or content; has the fragment format changed?');
  }
  const title = typeof data.meta?.title === 'string' ? data.meta.title : data.url;
  return { url: data.url, title, content: data.content };
}

/**
 * Every page Pagefind indexed in a build, with its URL as the web build wrote it ("/handbook/glossary/").
 * @param {string} dist the build folder
 */
export function readPagefindIndex(dist) {
  const folder = join(dist, 'pagefind', 'fragment');
  const files = readdirSync(folder).filter((f) => f.endsWith('.pf_fragment'));
  if (files.length === 0) throw new Error(`No Pagefind fragments in ${folder}; run Pagefind first.`);
  return files.map((f) => decodeFragment(readFileSync(join(folder, f)))).sort((a, b) => a.url.localeCompare(b.url));
}
