// The offline edition's Content Security Policy: as strict as the web build's, adapted to file://.
import { createHash } from 'node:crypto';
import { attr, textOf, walk } from '../pages/page.mjs';

/**
 * The CSP source for an inline script or style: 'sha256-…' of its exact text.
 * @param {string} text
 */
export function hashSource(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * @typedef {{ scripts: string[], styles: string[] }} InlineBlocks
 */

/**
 * The texts of the inline <script> (without src) and <style> elements of a page.
 * @param {import('../pages/page.mjs').Node} root the page's tree
 * @param {(el: import('../pages/page.mjs').Element) => boolean} [kept] whether an element stays in the
 *   page (one that does not is passed over with all it holds)
 * @returns {InlineBlocks}
 */
export function inlineBlocks(root, kept = () => true) {
  /** @type {InlineBlocks} */
  const blocks = { scripts: [], styles: [] };
  walk(root, (el) => {
    if (!kept(el)) return false;
    if (el.tagName === 'script' && attr(el, 'src') === undefined) blocks.scripts.push(textOf(el));
    if (el.tagName === 'style') blocks.styles.push(textOf(el));
    return true;
  });
  return blocks;
}

/**
 * Rewrites a page's policy for the edition. Scripts and styles are allowed from the edition's own
 * files and by the hash of each inline block the page still has, nothing else: no 'unsafe-inline',
 * and no 'wasm-unsafe-eval', which only Pagefind needed. Chromium lets 'self' match files on
 * file://; `file:` says the same to browsers that give every file its own origin.
 * @param {string} policy the content of the web page's CSP meta tag
 * @param {InlineBlocks} blocks the inline blocks of the page as the edition will ship it
 */
export function offlinePolicy(policy, { scripts, styles }) {
  const hashes = (texts) => [...new Set(texts.map(hashSource))];
  const directives = policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const [name = '', ...sources] = d.split(/\s+/);
      if (name === 'script-src') return ['script-src', "'self'", 'file:', ...hashes(scripts)].join(' ');
      if (name === 'style-src') return ['style-src', "'self'", 'file:', ...hashes(styles)].join(' ');
      if (sources.includes("'self'") && !sources.includes('file:')) return [name, ...sources, 'file:'].join(' ');
      return [name, ...sources].join(' ');
    });
  return directives.join('; ');
}
