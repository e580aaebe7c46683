// Astro writes the island loader's one style rule (`astro-island{display:contents}`) just before the
// first island of a page, which may sit inside <article> or <aside>, where HTML allows no <style>.

const ISLAND_STYLE = /<style>astro-island,[^<]*<\/style>/g;

/**
 * Moves the island style from the body into the head, once. Its text, and so its CSP hash, stay
 * the same, and it still applies before any island renders. Pages without it are returned as they are.
 * @param {string} html
 */
export function hoistIslandStyle(html) {
  const bodyAt = html.search(/<body\b/i);
  const headEnd = html.indexOf('</head>');
  if (bodyAt < 0 || headEnd < 0 || headEnd > bodyAt) return html;
  const body = html.slice(bodyAt);
  const style = body.match(ISLAND_STYLE)?.[0];
  if (!style) return html;
  return `${html.slice(0, headEnd)}${style}${html.slice(headEnd, bodyAt)}${body.replace(ISLAND_STYLE, '')}`;
}
