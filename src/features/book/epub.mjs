// The book as EPUB 3, one per language, from the book page as the build's book step left it: a title
// page, the navigation document, one content document per chapter, the glossary and the sources; the
// diagrams are the page's inline SVG; each tool is its static first result and its address. Written
// with fflate (a dependency already, which the site's board addresses use): the mimetype entry first
// and stored, the rest deflated.
import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { attr, elements, findElement, isElement } from '../pages/page.mjs';
import { toXhtml, xmlText } from './xhtml.mjs';

/**
 * @typedef {import('../pages/page.mjs').Element} Element
 * @typedef {import('../pages/page.mjs').Document} Document
 * @typedef {{ title: string, subtitle: string, contents: string, titlePage: string, description: string }} EpubStrings
 * @typedef {{ file: string, id: string, title: string, section: Element, svg: boolean }} Part
 */

/** The stylesheet of every content document: plain, with the colours the diagrams use. */
export const EPUB_CSS = `body { font-family: serif; line-height: 1.45; margin: 0 5%; }
h1, h2, h3 { font-family: sans-serif; line-height: 1.2; }
.cx-book__title { text-align: center; margin-top: 20%; }
.cx-book__kicker, .cx-book__edition, .cx-book__note, .cx-book__where { color: #4a5260; }
.cx-book__lead { font-size: 1.1em; color: #4a5260; }
.cx-takeaways, .cx-book-tool { border: 1px solid #c9ced6; padding: 0.5em 1em; margin: 1em 0; }
table { border-collapse: collapse; font-size: 0.85em; }
th, td { border: 1px solid #c9ced6; padding: 0.2em 0.4em; text-align: left; }
svg { max-width: 100%; height: auto; }
.cx-book-tool__address { font-size: 0.9em; }
.cx-visually-hidden, .visually-hidden, .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
`;

/**
 * A stable UUID for a language's book (the same in every build), as urn:uuid identifiers need.
 * @param {string} lang
 */
export function bookUuid(lang) {
  const h = createHash('sha1').update(`cx-spectrum-book-${lang}`).digest('hex');
  const variant = ((Number.parseInt(h.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * The text of an element, white space collapsed.
 * @param {Element} el
 */
function textContent(el) {
  /** @type {string[]} */
  const out = [];
  /** @param {any} n */
  const visit = (n) => {
    if (n.nodeName === '#text') out.push(n.value);
    else if ('childNodes' in n) for (const c of n.childNodes) visit(c);
  };
  visit(el);
  return out.join('').replace(/\s+/g, ' ').trim();
}

/**
 * The parts of a book page, in order.
 * @param {Document} document
 * @returns {Part[]}
 */
export function bookParts(document) {
  const book = findElement(document, (el) => attr(el, 'data-book') !== undefined);
  if (!book) throw new Error('The book page has no [data-book].');
  const sections = book.childNodes.filter(isElement).filter((el) => el.tagName === 'section');
  /** @type {Part[]} */
  const parts = [];
  for (const section of sections) {
    const cls = attr(section, 'class') ?? '';
    if (cls.includes('cx-book__contents')) continue;
    const chapter = attr(section, 'data-book-chapter');
    const id = cls.includes('cx-book__title') ? 'title' : chapter ? `chapter-${chapter}` : (attr(section, 'id') ?? '');
    const heading = findElement(section, (el) => el.tagName === 'h1');
    parts.push({
      file: `${id}.xhtml`,
      id,
      title: heading ? textContent(heading) : id,
      section,
      svg: findElement(section, (el) => el.tagName === 'svg') !== undefined,
    });
  }
  return parts;
}

/**
 * One content document.
 * @param {{ lang: string, title: string, body: string, nav?: boolean }} doc
 */
function xhtmlDocument({ lang, title, body }) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${lang}" xml:lang="${lang}">
<head>
<meta charset="UTF-8"/>
<title>${xmlText(title)}</title>
<link rel="stylesheet" type="text/css" href="book.css"/>
</head>
<body>
${body}
</body>
</html>
`;
}

/** Elements an e-book has no use for: controls, the tools' style sheets, heading links. */
const DROPPED = new Set(['link', 'button', 'input', 'select', 'textarea', 'form', 'canvas', 'noscript', 'style']);

/**
 * Builds a language's EPUB from its book page.
 * @param {{ document: Document, lang: string, strings: EpubStrings, site: string | undefined, modified: Date }} options
 *   site: the public address; links to the site's pages are absolute with it, and plain text without
 * @returns {{ bytes: Uint8Array, files: string[], chapters: string[] }}
 */
export function buildEpub({ document, lang, strings, site, modified }) {
  const parts = bookParts(document);
  /** @type {Map<string, string>} */
  const fileOfId = new Map();
  for (const part of parts) {
    fileOfId.set(part.id, part.file);
    const own = attr(part.section, 'id');
    if (own) fileOfId.set(own, part.file);
    for (const el of elements(part.section, (e) => attr(e, 'id') !== undefined))
      fileOfId.set(attr(el, 'id') ?? '', part.file);
  }
  /** @param {string} href @param {string} file */
  const linkTo = (href, file) => {
    if (href.startsWith('#')) {
      const target = fileOfId.get(href.slice(1));
      if (!target) return undefined;
      return target === file ? href : `${target}${href}`;
    }
    if (/^(https?:|mailto:)/.test(href)) return href;
    if (href.startsWith('/') && site) return new URL(href, site).href;
    return undefined;
  };
  /** @type {Record<string, Uint8Array>} */
  const files = {};
  const manifest = [];
  const spine = [];
  for (const part of parts) {
    const body = toXhtml(part.section, {
      keep: (el) => !DROPPED.has(el.tagName) && !(attr(el, 'class') ?? '').split(/\s+/).includes('cx-anchor'),
      unwrap: (el) => el.tagName === 'a' && linkTo(attr(el, 'href') ?? '', part.file) === undefined,
      attrs: (el, list) =>
        list
          .filter((a) => !(el.tagName === 'a' && a.name === 'data-see'))
          .map((a) =>
            el.tagName === 'a' && a.name === 'href' ? { ...a, value: linkTo(a.value, part.file) ?? a.value } : a,
          ),
    });
    files[`EPUB/${part.file}`] = strToU8(xhtmlDocument({ lang, title: part.title, body }));
    manifest.push(
      `<item id="${part.id}" href="${part.file}" media-type="application/xhtml+xml"${part.svg ? ' properties="svg"' : ''}/>`,
    );
    spine.push(`<itemref idref="${part.id}"/>`);
    if (part.id === 'title') spine.push('<itemref idref="nav"/>');
  }
  const navItems = parts
    .map((p) => `<li><a href="${p.file}">${xmlText(p.id === 'title' ? strings.titlePage : p.title)}</a></li>`)
    .join('\n');
  files['EPUB/nav.xhtml'] = strToU8(
    xhtmlDocument({
      lang,
      title: strings.contents,
      body: `<nav epub:type="toc" id="toc"><h1>${xmlText(strings.contents)}</h1><ol>\n${navItems}\n</ol></nav>`,
    }),
  );
  files['EPUB/book.css'] = strToU8(EPUB_CSS);
  const stamp = modified.toISOString().replace(/\.\d+Z$/, 'Z');
  files['EPUB/package.opf'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${lang}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="book-id">urn:uuid:${bookUuid(lang)}</dc:identifier>
<dc:title>${xmlText(strings.title)}</dc:title>
<dc:language>${lang}</dc:language>
<dc:creator>CX Spectrum</dc:creator>
<dc:description>${xmlText(strings.description)}</dc:description>
<meta property="dcterms:modified">${stamp}</meta>
</metadata>
<manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="css" href="book.css" media-type="text/css"/>
${manifest.join('\n')}
</manifest>
<spine>
${spine.join('\n')}
</spine>
</package>
`);
  const container = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`;
  const mtime = modified;
  /** @type {import('fflate').Zippable} */
  const zippable = { mimetype: [strToU8('application/epub+zip'), { level: 0, mtime }] };
  zippable['META-INF/container.xml'] = [strToU8(container), { level: 9, mtime }];
  for (const [path, data] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    zippable[path] = [data, { level: 9, mtime }];
  }
  return {
    bytes: zipSync(zippable),
    files: Object.keys(zippable),
    chapters: parts.filter((p) => p.id.startsWith('chapter-')).map((p) => p.title),
  };
}
