// The book page's build step (src/pages/[...lang]/book.astro as built): every chapter's ids made unique
// in the book (prefixed with the chapter's id), links to chapters, the glossary and the sources pointed
// at the book's own sections (marked for "see page N" in print), and each tool left as its static
// first result and its address as text, with no island. Edits are located by the tree (page.mjs).
import { attr, attrEdit, elements, escapeText, rangeOf, removeAttrEdit } from '../pages/page.mjs';

/**
 * @typedef {import('../pages/page.mjs').Element} Element
 * @typedef {import('../pages/page.mjs').Edit} Edit
 * @typedef {import('../pages/page.mjs').BuiltPage} BuiltPage
 * @typedef {{ base: string, site: string | undefined, seePage: string, toolAt: (title: string) => string, toolStatic: string }} BookOptions
 *   base: the site's base path, ending in "/"; site: its public address, when known
 */

/** The attributes that name ids of the page, one or several separated by spaces. */
const ID_REFS = ['for', 'headers', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-details'];

/**
 * Whether a file of the build is a book page: "book/index.html", "de/book/index.html".
 * @param {string} file
 */
export function isBookPage(file) {
  return /^(?:[a-z]{2,3}\/)?book\/index\.html$/.test(file);
}

/**
 * The edit that sets an attribute: a new value for one the element has, else the attribute added
 * after the tag name.
 * @param {Element} el
 * @param {string} html
 * @param {string} name
 * @param {string} value
 * @returns {Edit}
 */
function setAttr(el, html, name, value) {
  const edit = attrEdit(el, html, name, value);
  if (edit) return edit;
  const at = el.sourceCodeLocation?.startTag?.startOffset;
  if (at === undefined) throw new Error(`<${el.tagName}> has no place in the text.`);
  const after = at + 1 + el.tagName.length;
  return { start: after, end: after, text: ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"` };
}

/**
 * Where a site link points in the book: "#chapter-spectrum", "#spectrum--two-axes", "#glossary-x",
 * "#sources-y"; undefined for a link that stays a link to the site (a tool, the profile).
 * @param {string} href
 * @param {string} base
 * @param {string | undefined} prefix the language's folder ("de"), undefined for the default language
 */
export function bookTarget(href, base, prefix) {
  if (!href.startsWith(base)) return undefined;
  const rest = href.slice(base.length);
  const m = /^(?:([a-z]{2,3})\/)?(chapters\/([\w-]+)\/|glossary\/|sources\/)(?:#(.*))?$/.exec(rest);
  if (!m) return undefined;
  const [, folder, page = '', chapter, fragment] = m;
  if (folder !== prefix) return undefined;
  if (chapter) return fragment && fragment !== 'top' ? `#${chapter}--${fragment}` : `#chapter-${chapter}`;
  const part = page.startsWith('glossary') ? 'glossary' : 'sources';
  return fragment ? `#${part}-${fragment}` : `#${part}`;
}

/**
 * Ids and links: each chapter's ids prefixed with its id, references to them too; links to the
 * handbook's pages pointed at the book's sections.
 * @param {BuiltPage} page
 * @param {BookOptions & { prefix: string | undefined }} options
 */
function idAndLinkEdits(page, { base, prefix, seePage }) {
  const { html, document } = page;
  /** @type {Edit[]} */
  const edits = [];
  const sections = elements(document, (el) => el.tagName === 'section' && attr(el, 'data-book-chapter') !== undefined);
  for (const section of sections) {
    const chapter = attr(section, 'data-book-chapter') ?? '';
    const own = new Set([attr(section, 'id'), `chapter-${chapter}-title`]);
    const inside = elements(section, () => true);
    const ids = new Set(inside.map((el) => attr(el, 'id')).filter((id) => id !== undefined && !own.has(id)));
    const prefixed = (/** @type {string} */ id) => (ids.has(id) ? `${chapter}--${id}` : id);
    for (const el of inside) {
      const id = attr(el, 'id');
      if (id !== undefined && ids.has(id)) edits.push(setAttr(el, html, 'id', prefixed(id)));
      for (const name of ID_REFS) {
        const value = attr(el, name);
        if (value === undefined) continue;
        const next = value.split(/\s+/).map(prefixed).join(' ');
        if (next !== value) edits.push(setAttr(el, html, name, next));
      }
      const href = el.tagName === 'a' ? attr(el, 'href') : undefined;
      if (href?.startsWith('#') && ids.has(href.slice(1)))
        edits.push(setAttr(el, html, 'href', `#${prefixed(href.slice(1))}`));
    }
  }
  const book = elements(document, (el) => attr(el, 'data-book') !== undefined)[0];
  if (!book) throw new Error(`${page.file} has no [data-book].`);
  for (const a of elements(book, (el) => el.tagName === 'a')) {
    const href = attr(a, 'href');
    const target = href === undefined ? undefined : bookTarget(href, base, prefix);
    if (!target) continue;
    edits.push(setAttr(a, html, 'href', target));
    const cls = attr(a, 'class');
    edits.push(setAttr(a, html, 'class', cls ? `${cls} cx-book-ref` : 'cx-book-ref'));
    edits.push(setAttr(a, html, 'data-see', seePage));
  }
  return edits;
}

/**
 * Each tool as its static first result: in its home chapter the diagrams and tables its server render
 * holds, with its address as text; elsewhere its link, with the address as text.
 * @param {BuiltPage} page
 * @param {BookOptions} options
 */
function toolEdits(page, { site, toolAt, toolStatic }) {
  const { html, document } = page;
  /** @type {Edit[]} */
  const edits = [];
  for (const aside of elements(document, (el) => attr(el, 'data-book-tool') !== undefined)) {
    const chapter = elements(document, (el) => el.tagName === 'section' && el.childNodes.length > 0).find(
      (s) => attr(s, 'data-book-chapter') !== undefined && elements(s, (el) => el === aside).length > 0,
    );
    const home = chapter !== undefined && attr(chapter, 'data-book-chapter') === attr(aside, 'data-book-home');
    const link = elements(aside, (el) => el.tagName === 'a')[0];
    const intro = elements(aside, (el) => el.tagName === 'p')[0];
    if (!link || !intro) throw new Error(`${page.file}: a tool block without its link.`);
    const path = attr(link, 'href') ?? '';
    const address = site ? new URL(path, site).href : path;
    const title = link.childNodes.map((n) => ('value' in n ? n.value : '')).join('');
    const at = aside.sourceCodeLocation;
    if (!at?.startTag || !at.endTag) throw new Error(`${page.file}: a tool block has no place in the text.`);
    const sheets = elements(aside, (el) => el.tagName === 'link');
    /** @type {Element[]} */
    const kept = [];
    if (home) {
      const wanted = elements(
        aside,
        (el) => el.tagName === 'table' || (el.tagName === 'svg' && attr(el, 'role') === 'img'),
      );
      for (const el of wanted) if (!kept.some((k) => elements(k, (x) => x === el).length > 0)) kept.push(el);
    }
    const slice = (/** @type {Element} */ el) => {
      const r = rangeOf(el);
      return html.slice(r.start, r.end);
    };
    const inner = [
      ...sheets.map(slice),
      slice(intro),
      ...kept.map(slice),
      kept.length > 0 ? `<p class="cx-book-tool__note">${escapeText(toolStatic)}</p>` : '',
      `<p class="cx-book-tool__address">${escapeText(toolAt(title))} <a href="${address.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">${escapeText(address)}</a></p>`,
    ].join('');
    edits.push({ start: at.startTag.endOffset, end: at.endTag.startOffset, text: inner });
    const cls = attr(aside, 'class');
    edits.push(setAttr(aside, html, 'class', cls ? `${cls} cx-book-tool` : 'cx-book-tool'));
  }
  return edits;
}

/**
 * A book prints its model answers: each disclosure (details, summary) becomes a plain block and its
 * heading line, which Paged.js can split across pages like any other.
 * @param {BuiltPage} page
 */
function disclosureEdits(page) {
  /** @type {Edit[]} */
  const edits = [];
  for (const el of elements(page.document, (e) => e.tagName === 'details' || e.tagName === 'summary')) {
    const at = el.sourceCodeLocation;
    if (!at?.startTag || !at.endTag) throw new Error(`${page.file}: <${el.tagName}> has no end tag.`);
    const [tag, cls] = el.tagName === 'details' ? ['div', 'cx-book-details'] : ['p', 'cx-book-summary'];
    const open = page.html.slice(at.startTag.startOffset, at.startTag.endOffset);
    const attrs = open.slice(1 + el.tagName.length, -1).replace(/\s+open(?:=(?:""|''|open))?(?=\s|$)/, '');
    const withClass = /\sclass="/.test(attrs)
      ? attrs.replace(/\sclass="/, ` class="${cls} `)
      : `${attrs} class="${cls}"`;
    edits.push({ start: at.startTag.startOffset, end: at.startTag.endOffset, text: `<${tag}${withClass}>` });
    edits.push({ start: at.endTag.startOffset, end: at.endTag.endOffset, text: `</${tag}>` });
  }
  return edits;
}

/**
 * Within a chapter, the regions a chapter page names (key takeaways, sources, a tool) would repeat their
 * names eight times in the book: they become plain sections and blocks, and each chapter stays one named region.
 * @param {BuiltPage} page
 */
function landmarkEdits(page) {
  /** @type {Edit[]} */
  const edits = [];
  const chapters = elements(
    page.document,
    (el) => el.tagName === 'section' && attr(el, 'data-book-chapter') !== undefined,
  );
  for (const chapter of chapters) {
    for (const el of elements(chapter, (e) => e !== chapter && (e.tagName === 'section' || e.tagName === 'aside'))) {
      for (const name of ['aria-label', 'aria-labelledby']) {
        const edit = removeAttrEdit(el, page.html, name);
        if (edit) edits.push(edit);
      }
      // An aside is a landmark even unnamed: the book's are blocks of the chapter.
      const at = el.sourceCodeLocation;
      if (el.tagName === 'aside' && at?.startTag && at.endTag) {
        edits.push({ start: at.startTag.startOffset, end: at.startTag.startOffset + '<aside'.length, text: '<div' });
        edits.push({ start: at.endTag.startOffset, end: at.endTag.endOffset, text: '</div>' });
      }
    }
  }
  return edits;
}

/**
 * Prepares a book page for print and for the EPUB (see the file's comment).
 * @param {BuiltPage} page
 * @param {BookOptions & { prefix: string | undefined }} options
 */
export function prepareBookPage(page, options) {
  page.edit(disclosureEdits(page));
  // A model answer's table, closed on the chapter page, is shown here: when the prose's tables scroll
  // sideways on a narrow screen, the keyboard must reach them.
  const tables = elements(page.document, (el) => el.tagName === 'table' && attr(el, 'tabindex') === undefined);
  page.edit(tables.map((el) => setAttr(el, page.html, 'tabindex', '0')));
  page.edit(landmarkEdits(page));
  page.edit(idAndLinkEdits(page, options));
  page.edit(toolEdits(page, options));
}
