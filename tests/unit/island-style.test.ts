import { describe, expect, it } from 'vitest';
import { hoistIslandStyle } from '../../src/features/island-style/island-style.mjs';
import { BuiltPage } from '../../src/features/pages/page.mjs';

const STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
const SCRIPT = '<script>/* loader */</script>';

/** The page's text after the step, and whether the step said it changed it. */
function hoisted(html: string) {
  const page = new BuiltPage('index.html', html);
  const changed = hoistIslandStyle(page);
  return { html: page.html, changed };
}

describe('moving the island style into the head', () => {
  it('takes it out of the article and puts it once at the end of the head', () => {
    const page = `<html><head><title>T</title></head><body><article><p>a</p>${STYLE}${SCRIPT}<astro-island></astro-island></article></body></html>`;
    expect(hoisted(page)).toEqual({
      html: `<html><head><title>T</title>${STYLE}</head><body><article><p>a</p>${SCRIPT}<astro-island></astro-island></article></body></html>`,
      changed: true,
    });
  });

  it('leaves pages without islands, and other styles, as they are', () => {
    const page = '<html><head><style>p{}</style></head><body><aside><style>p{}</style></aside></body></html>';
    expect(hoisted(page)).toEqual({ html: page, changed: false });
  });

  it('is done after one pass', () => {
    const page = `<html><head></head><body><aside>${STYLE}</aside><div>${STYLE}</div></body></html>`;
    const once = hoisted(page).html;
    expect(once).toBe(`<html><head>${STYLE}</head><body><aside></aside><div></div></body></html>`);
    expect(hoisted(once)).toEqual({ html: once, changed: false });
  });
});
