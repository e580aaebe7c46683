// Writes a parse5 tree as XHTML, the XML syntax of HTML that EPUB content documents use: every
// element closed, void elements self-closed, attributes quoted, text and attributes escaped, and
// inline SVG in its own namespace.
import { isElement } from '../pages/page.mjs';

/** @typedef {import('../pages/page.mjs').Element} Element */
/** @typedef {import('../pages/page.mjs').Node} Node */

const SVG_NS = 'http://www.w3.org/2000/svg';
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * Escapes text for XML content.
 * @param {string} text
 */
export function xmlText(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Escapes text for a double-quoted XML attribute.
 * @param {string} text
 */
export function xmlAttr(text) {
  return xmlText(text).replace(/"/g, '&quot;');
}

/**
 * The XHTML of a node and what is below it. `keep` decides per element whether it is written (false
 * drops it with its content); `attrs` may change an element's attributes (href, for instance).
 * @param {Node} node
 * @param {{ keep?: (el: Element) => boolean, attrs?: (el: Element, attrs: { name: string, value: string }[]) => { name: string, value: string }[], unwrap?: (el: Element) => boolean }} [options]
 *   unwrap: write only the element's content (a link with nowhere to go)
 * @returns {string}
 */
export function toXhtml(node, options = {}) {
  const { keep = () => true, attrs = (_el, a) => a, unwrap = () => false } = options;
  /** @param {Node} n @param {string | undefined} parentNs */
  const write = (n, parentNs) => {
    if (n.nodeName === '#text' && 'value' in n) return xmlText(n.value);
    if (!isElement(n)) {
      if ('childNodes' in n) return n.childNodes.map((c) => write(c, parentNs)).join('');
      return '';
    }
    if (n.tagName === 'template' || n.tagName === 'script' || !keep(n)) return '';
    const inner = () => n.childNodes.map((c) => write(c, n.namespaceURI)).join('');
    if (unwrap(n)) return inner();
    // The namespace declarations are written from the tree's namespaces, not copied.
    const list = attrs(
      n,
      n.attrs
        .filter((a) => a.name !== 'xmlns' && a.prefix !== 'xmlns')
        .map((a) => ({ name: a.prefix ? `${a.prefix}:${a.name}` : a.name, value: a.value })),
    );
    const ns = n.namespaceURI === SVG_NS && parentNs !== SVG_NS ? ` xmlns="${SVG_NS}"` : '';
    const written = list.map((a) => ` ${a.name}="${xmlAttr(a.value)}"`).join('');
    const open = `<${n.tagName}${ns}${written}`;
    if (n.namespaceURI !== SVG_NS && VOID.has(n.tagName)) return `${open}/>`;
    const content = inner();
    if (n.namespaceURI === SVG_NS && content === '') return `${open}/>`;
    return `${open}>${content}</${n.tagName}>`;
  };
  return write(node, undefined);
}
