// One page of the offline edition, read from the web build's page tree (src/features/pages/page.mjs)
// and written as edits of its text, so that every character the edition does not change stays as the
// web build has it.
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import {
  applyEdits,
  attr,
  attrEdit,
  elements,
  escapeText,
  findElement,
  pageLanguage,
  rangeOf,
  removeAttrEdit,
  textOf,
  walk,
} from '../pages/page.mjs';
import { inlineBlocks, offlinePolicy } from './csp.mjs';
import { sitePathOf, urlEdits } from './links.mjs';

/**
 * @typedef {import('../pages/page.mjs').Document} Document
 * @typedef {import('../pages/page.mjs').Element} Element
 * @typedef {import('../pages/page.mjs').Edit} Edit
 * @typedef {{ key: string, file: string } | { key: string, code: string, dir: string }} PageScript
 *   a module script of the page: a file of the build, or inline code whose imports resolve from `dir`
 * @typedef {{
 *   path: string, html: string, document: Document, lang: string,
 *   scripts: PageScript[], modules: string[], directives: Map<string, string>,
 *   removed: Set<Element>, scriptEdits: Edit[]
 * }} EditionPage
 *   what the edition needs of a web page: its module scripts (which the site bundle must hold, and
 *   which the page runs), the island modules it hydrates, Astro's directive scripts by key (which
 *   move into the islands bundle), and the scripts that leave it (Astro's island loader and every
 *   module script, each with the white space after it, and the directive scripts)
 */

/** Where the page's bundle tag goes until the bundles are known. */
export const BUNDLE_PLACE = '<!--cx-offline-bundle-->';

/**
 * An inline script of Astro's that defines a hydration directive (client:load, or the site's own
 * client:interact): it sets `self.Astro.<name>` and announces it with an "astro:<name>" event. The
 * same on every page with such an island (2 KB for client:interact), it moves into the islands
 * bundle, which defines it before the runtime starts the islands.
 */
const DIRECTIVE = /\(self\.Astro\|\|\(self\.Astro=\{\}\)\)\.(\w+)=[\s\S]*\bdispatchEvent\(new Event\("astro:\1"\)\)/;

/**
 * A short content hash, for file names and keys.
 * @param {string} text
 */
export function shortHash(text) {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}

/**
 * Reads what the edition needs of a web page: its module scripts and Astro's island loader (which leave
 * the page; the scripts go into the bundle), and the module of each island.
 * @param {{ file: string, html: string, document: Document }} page
 * @param {string} base the web build's base path
 * @returns {EditionPage}
 */
export function readEditionPage({ file: path, html, document }, base) {
  /** @type {PageScript[]} */
  const scripts = [];
  /** @type {Set<string>} */
  const modules = new Set();
  /** @type {Set<Element>} */
  const removed = new Set();
  /** @type {Map<string, string>} */
  const directives = new Map();
  /** @type {Edit[]} */
  const scriptEdits = [];
  let placed = false;
  walk(document, (el) => {
    if (el.tagName === 'script') {
      const body = textOf(el);
      const module = attr(el, 'type') === 'module';
      const directive = !module && attr(el, 'src') === undefined && body.match(DIRECTIVE)?.[1];
      if (directive) {
        directives.set(`${directive}-${shortHash(body)}`, body);
        removed.add(el);
        scriptEdits.push({ ...rangeOf(el), text: '' });
        return;
      }
      const astroIslandLoader = !module && body.includes('customElements.define("astro-island"');
      if (!module && !astroIslandLoader) return;
      if (module) {
        const src = attr(el, 'src');
        if (src) {
          const site = sitePathOf(src, path, base);
          if (!site) throw new Error(`${path}: a module script from outside the site: ${src}`);
          scripts.push({ key: site.path, file: site.path });
        } else {
          // An inline module's relative imports resolve from its page's folder.
          const dir = posix.dirname(path);
          scripts.push({ key: `inline-${shortHash(dir + body)}`, code: body, dir });
        }
      }
      removed.add(el);
      const { start } = rangeOf(el);
      let { end } = rangeOf(el);
      while (end < html.length && /\s/.test(html.charAt(end))) end++;
      scriptEdits.push({ start, end, text: placed ? '' : BUNDLE_PLACE });
      placed = true;
    } else if (el.tagName === 'astro-island') {
      for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
        const url = attr(el, name);
        const site = url && sitePathOf(url, path, base);
        if (site) modules.add(site.path);
      }
    }
  });
  return {
    path,
    html,
    document,
    lang: pageLanguage(document),
    scripts,
    modules: [...modules].sort(),
    directives,
    removed,
    scriptEdits,
  };
}

/**
 * Whether an element leaves the edition with all it holds: the web app's manifest and module preloads
 * (the edition has no service worker and no modules), and what is marked `data-offline-web` (the web
 * build's download link points at itself).
 * @param {Element} el
 */
function webOnly(el) {
  if (el.tagName === 'link' && ['manifest', 'modulepreload'].includes(attr(el, 'rel') ?? '')) return true;
  return attr(el, 'data-offline-web') !== undefined;
}

/**
 * The page as the edition ships it: without its scripts and what only the web build has, with every
 * internal URL relative and naming a file, `data-offline-edition` elements shown, the bundle's tag in
 * place of the first script (or at the end of the head), and a CSP that allows only what is left.
 * @param {EditionPage} page
 * @param {{ base: string, isFile: (path: string) => boolean, bundleTag: string | null }} options
 *   bundleTag: the page's `<script>` of its bundle, or null when it runs none
 */
export function editionHtml(page, { base, isFile, bundleTag }) {
  const { path, html, document, removed } = page;
  const kept = (/** @type {Element} */ el) => !removed.has(el) && !webOnly(el);
  /** @type {Edit[]} */
  const edits = [];
  /** @type {Edit[]} */
  const dropped = [];
  walk(document, (el) => {
    if (removed.has(el)) return false;
    if (webOnly(el)) {
      dropped.push({ ...rangeOf(el), text: '' });
      return false;
    }
    if (attr(el, 'data-offline-edition') !== undefined) {
      const shown = removeAttrEdit(el, html, 'hidden');
      if (shown) edits.push(shown);
    }
    edits.push(...urlEdits(el, html, path, base, isFile));
    return true;
  });
  const first = page.scriptEdits.find((e) => e.text === BUNDLE_PLACE);
  const others = page.scriptEdits.filter((e) => e !== first);
  const placed = first && !dropped.some((d) => d.start <= first.start && first.end <= d.end);
  if (first) edits.push({ ...first, text: placed && bundleTag ? bundleTag : first.text });
  edits.push(...others);
  if (bundleTag && !placed) {
    const head = findElement(document, (el) => el.tagName === 'head');
    const end = head?.sourceCodeLocation?.endTag?.startOffset;
    if (end === undefined) throw new Error(`${path} has no </head> for its script.`);
    edits.push({ start: end, end, text: bundleTag });
  }
  const meta = findElement(
    document,
    (el) => el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  const policy = meta && attr(meta, 'content');
  if (meta && policy !== undefined) {
    const edit = attrEdit(meta, html, 'content', offlinePolicy(policy, inlineBlocks(document, kept)));
    if (edit) edits.push(edit);
  }
  return applyEdits(html, [...dropped, ...edits]);
}

/**
 * Writes the zip's size into every element marked data-offline-size in the web build's pages, in each
 * page's language.
 * @param {Iterable<import('../pages/page.mjs').BuiltPage>} pages
 * @param {(lang: string) => string} textFor what to write on a page in that language (its <html lang>), such as "(zip, 1.2 MB)"
 * @returns {number} how many elements were filled
 */
export function fillDownloadSize(pages, textFor) {
  let filled = 0;
  for (const page of pages) {
    const text = escapeText(textFor(pageLanguage(page.document)));
    /** @type {Edit[]} */
    const edits = [];
    for (const el of elements(page.document, (e) => attr(e, 'data-offline-size') !== undefined)) {
      const at = el.sourceCodeLocation;
      if (!at?.startTag || !at.endTag || el.childNodes.some((n) => n.nodeName !== '#text')) continue;
      edits.push({ start: at.startTag.endOffset, end: at.endTag.startOffset, text });
      filled++;
    }
    page.edit(edits);
  }
  return filled;
}
