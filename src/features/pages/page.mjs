// The built pages as the post-build steps see them: each page's text and its tree, parsed by a real
// HTML parser (parse5) with the source location of every node. A step reads the tree; it changes a
// page only through edits located by the tree (replace these characters of the text with those), so
// every character no step touched stays exactly as Astro wrote it, and the page is parsed again after
// each change, so the next step reads the page as it now is.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { parse } from 'parse5';

/**
 * @typedef {import('parse5').DefaultTreeAdapterMap} Tree
 * @typedef {Tree['document']} Document
 * @typedef {Tree['element']} Element
 * @typedef {Tree['parentNode'] | Tree['childNode']} Node
 * @typedef {{ start: number, end: number, text: string }} Edit  replace text[start, end) with `text`
 */

/**
 * Parses a page, keeping where each node, tag and attribute is in the text. With scripting off,
 * `<noscript>` holds elements (as it would for a reader without scripts), so no step misses a tag.
 * @param {string} html
 * @returns {Document}
 */
export function parseHtml(html) {
  return parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
}

/**
 * Whether a node is an element.
 * @param {Node} node
 * @returns {node is Element}
 */
export function isElement(node) {
  return 'tagName' in node;
}

/**
 * Visits every element below `node` in the order of the text, a template's content included. When
 * `visit` returns false, the element's children are not visited.
 * @param {Node} node
 * @param {(element: Element) => boolean | undefined | void} visit
 */
export function walk(node, visit) {
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) {
    if (!isElement(child)) continue;
    if (visit(child) === false) continue;
    walk(child, visit);
    if (child.tagName === 'template' && 'content' in child) walk(child.content, visit);
  }
}

/**
 * Every element below `node` for which `test` holds, in the order of the text.
 * @param {Node} node
 * @param {(element: Element) => boolean} test
 * @returns {Element[]}
 */
export function elements(node, test) {
  /** @type {Element[]} */
  const found = [];
  walk(node, (el) => {
    if (test(el)) found.push(el);
  });
  return found;
}

/**
 * The first element below `node` for which `test` holds.
 * @param {Node} node
 * @param {(element: Element) => boolean} test
 * @returns {Element | undefined}
 */
export function findElement(node, test) {
  /** @type {Element | undefined} */
  let found;
  walk(node, (el) => {
    if (found) return false;
    if (test(el)) found = el;
    return !found;
  });
  return found;
}

/**
 * The value of an attribute (its entities decoded), or undefined when the element has none.
 * @param {Element} el
 * @param {string} name in lower case
 */
export function attr(el, name) {
  return el.attrs.find((a) => a.name === name)?.value;
}

/**
 * The text of an element's text children: a script's or a style's code, exactly as written.
 * @param {Element} el
 */
export function textOf(el) {
  return el.childNodes.map((n) => ('value' in n && n.nodeName === '#text' ? n.value : '')).join('');
}

/**
 * The language a page declares on `<html lang>`, in lower case, as Pagefind splits its indexes by;
 * "unknown" without one.
 * @param {Document} document
 */
export function pageLanguage(document) {
  const html = findElement(document, (el) => el.tagName === 'html');
  const lang = html ? attr(html, 'lang') : undefined;
  return (lang || 'unknown').toLowerCase();
}

/**
 * Where an element is in the text, from its start tag to the end of its end tag.
 * @param {Element} el
 * @returns {{ start: number, end: number }}
 */
export function rangeOf(el) {
  const at = el.sourceCodeLocation;
  if (!at) throw new Error(`<${el.tagName}> has no place in the text (the parser implied it).`);
  return { start: at.startOffset, end: at.endOffset };
}

/**
 * Where an attribute is in the text (`name="value"`), or undefined.
 * @param {Element} el
 * @param {string} name
 * @returns {{ start: number, end: number } | undefined}
 */
export function attrRange(el, name) {
  const at = el.sourceCodeLocation?.attrs?.[name];
  return at ? { start: at.startOffset, end: at.endOffset } : undefined;
}

/**
 * The edit that gives an attribute a new value, written in double quotes with `&` and `"` encoded; its
 * name and `=` stay as written. Undefined when the attribute is not written with a value (`<a href>`).
 * @param {Element} el
 * @param {string} html the text the element was parsed from
 * @param {string} name
 * @param {string} value
 * @returns {Edit | undefined}
 */
export function attrEdit(el, html, name, value) {
  const at = attrRange(el, name);
  if (!at) return undefined;
  const written = /^[^\s=]+\s*=\s*/.exec(html.slice(at.start, at.end))?.[0];
  if (written === undefined) return undefined;
  return { ...at, text: `${written}"${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"` };
}

/**
 * The edit that removes an attribute, with the white space before it.
 * @param {Element} el
 * @param {string} html the text the element was parsed from
 * @param {string} name
 * @returns {Edit | undefined}
 */
export function removeAttrEdit(el, html, name) {
  const at = attrRange(el, name);
  if (!at) return undefined;
  let start = at.start;
  while (start > 0 && /\s/.test(html.charAt(start - 1))) start--;
  return { start, end: at.end, text: '' };
}

/**
 * Escapes text for the content of an element.
 * @param {string} text
 */
export function escapeText(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Applies edits to a text. Edits are applied in the order of their place in the text; an edit that
 * lies wholly inside one applied before it (an attribute of an element that is removed) is dropped;
 * edits that overlap otherwise are an error. Insertions (start = end) at one place keep their order.
 * @param {string} text
 * @param {Edit[]} edits
 */
export function applyEdits(text, edits) {
  const sorted = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  let out = '';
  let at = 0;
  let covered = 0;
  for (const edit of sorted) {
    if (edit.start < covered) {
      if (edit.end <= covered) continue;
      throw new Error(`Two edits of a page overlap at ${edit.start}–${covered}.`);
    }
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
    covered = Math.max(covered, edit.end);
  }
  return out + text.slice(at);
}

/** One built HTML page: its path in the build, its text and its tree. */
export class BuiltPage {
  /** @type {string} */
  #html;
  /** @type {Document | undefined} */
  #document;

  /**
   * @param {string} file the page's path in the build, with "/" separators: "de/glossary/index.html"
   * @param {string} html
   * @param {{ document?: Document, changed?: boolean }} [options] a tree already parsed from `html`;
   *   changed: whether the page is to be written (a new page is)
   */
  constructor(file, html, { document, changed = false } = {}) {
    this.file = file;
    this.#html = html;
    this.#document = document;
    /** Whether the page differs from the file in the build. */
    this.changed = changed;
  }

  /** The page's text as it is now. */
  get html() {
    return this.#html;
  }

  /** The page's tree as it is now (parsed once per version of the text). */
  get document() {
    this.#document ??= parseHtml(this.#html);
    return this.#document;
  }

  /**
   * Changes the page by edits located in its text (see applyEdits); the tree is parsed again.
   * @param {Edit[]} edits
   * @returns {boolean} whether the text changed
   */
  edit(edits) {
    if (edits.length === 0) return false;
    const next = applyEdits(this.#html, edits);
    if (next === this.#html) return false;
    this.#html = next;
    this.#document = undefined;
    this.changed = true;
    return true;
  }

  /**
   * The same page at another path of the build, to be written there.
   * @param {string} file
   */
  copyTo(file) {
    return new BuiltPage(file, this.#html, { document: this.#document, changed: true });
  }
}

/** The pages of a build, by path, read once. */
export class BuiltPages {
  /** @type {Map<string, BuiltPage>} */
  #pages = new Map();

  /**
   * Reads and parses every HTML file of a build.
   * @param {string} dist
   */
  static read(dist) {
    const pages = new BuiltPages();
    for (const file of htmlFiles(dist)) pages.add(new BuiltPage(file, readFileSync(join(dist, file), 'utf8')));
    return pages;
  }

  /**
   * Adds a page (a new one, such as a copy), or puts it in place of the one at its path.
   * @param {BuiltPage} page
   */
  add(page) {
    this.#pages.set(page.file, page);
  }

  /**
   * The page at a path of the build.
   * @param {string} file
   */
  get(file) {
    return this.#pages.get(file);
  }

  get size() {
    return this.#pages.size;
  }

  /** The pages in the order of their paths. */
  [Symbol.iterator]() {
    return [...this.#pages.keys()]
      .sort()
      .map((f) => /** @type {BuiltPage} */ (this.#pages.get(f)))
      [Symbol.iterator]();
  }

  /**
   * Writes every page that changed (or is new) since it was read or last written.
   * @param {string} dist
   * @returns {string[]} the paths of the pages written
   */
  write(dist) {
    /** @type {string[]} */
    const written = [];
    for (const page of this) {
      if (!page.changed) continue;
      const path = join(dist, page.file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, page.html);
      page.changed = false;
      written.push(page.file);
    }
    return written;
  }
}

/**
 * Every HTML file of a build, relative to it, with "/" separators, in order.
 * @param {string} dist
 */
function htmlFiles(dist) {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}
