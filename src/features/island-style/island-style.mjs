// Astro writes the island loader's one style rule (`astro-island{display:contents}`) just before the
// first island of a page, which may sit inside <article> or <aside>, where HTML allows no <style>.
import { elements, findElement, rangeOf, textOf } from '../pages/page.mjs';

/**
 * Whether an element is Astro's island style: a bare <style> whose rule starts with `astro-island,`.
 * @param {import('../pages/page.mjs').Element} el
 */
function isIslandStyle(el) {
  if (el.tagName !== 'style' || el.attrs.length > 0) return false;
  const css = textOf(el);
  return css.startsWith('astro-island,') && !css.includes('<');
}

/**
 * Moves the island style from the body into the head, once. Its text, and so its CSP hash, stay
 * the same, and it still applies before any island renders. Pages without it are left as they are.
 * @param {import('../pages/page.mjs').BuiltPage} page
 * @returns {boolean} whether the page changed
 */
export function hoistIslandStyle(page) {
  const { document, html } = page;
  const head = findElement(document, (el) => el.tagName === 'head');
  const body = findElement(document, (el) => el.tagName === 'body');
  const headEnd = head?.sourceCodeLocation?.endTag?.startOffset;
  const bodyAt = body?.sourceCodeLocation?.startOffset;
  if (!body || headEnd === undefined || bodyAt === undefined || headEnd > bodyAt) return false;
  const styles = elements(body, isIslandStyle);
  const [first] = styles;
  if (!first) return false;
  const { start, end } = rangeOf(first);
  return page.edit([
    { start: headEnd, end: headEnd, text: html.slice(start, end) },
    ...styles.map((style) => ({ ...rangeOf(style), text: '' })),
  ]);
}
