import { describe, expect, it } from 'vitest';
import { hoistIslandStyle } from '../../src/features/island-style/island-style.mjs';

const STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
const SCRIPT = '<script>/* loader */</script>';

describe('moving the island style into the head', () => {
  it('takes it out of the article and puts it once at the end of the head', () => {
    const page = `<html><head><title>T</title></head><body><article><p>a</p>${STYLE}${SCRIPT}<astro-island></astro-island></article></body></html>`;
    expect(hoistIslandStyle(page)).toBe(
      `<html><head><title>T</title>${STYLE}</head><body><article><p>a</p>${SCRIPT}<astro-island></astro-island></article></body></html>`,
    );
  });

  it('leaves pages without islands, and other styles, as they are', () => {
    const page = '<html><head><style>p{}</style></head><body><aside><style>p{}</style></aside></body></html>';
    expect(hoistIslandStyle(page)).toBe(page);
  });

  it('is done after one pass', () => {
    const page = `<html><head></head><body><aside>${STYLE}</aside><div>${STYLE}</div></body></html>`;
    const once = hoistIslandStyle(page);
    expect(once).toBe(`<html><head>${STYLE}</head><body><aside></aside><div></div></body></html>`);
    expect(hoistIslandStyle(once)).toBe(once);
  });
});
