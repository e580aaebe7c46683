/** Presentation properties copied from the page's styles into the exported drawing, so it stands alone. */
const PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'paint-order',
] as const;

/** Elements that only make sense on screen: pointer targets, the widen handle, the focus ring. */
const SCREEN_ONLY = '.cx-grid__handle, .cx-grid__hit, .cx-grid__ring, .cx-grid__ref-targets, .cx-grid__click-area';

/**
 * The plane as a standalone SVG document: the live drawing cloned, with the current theme's computed
 * colours and fonts written in as attributes (no classes, scripts or outside resources), and a title.
 * Names are text nodes, so the serialiser escapes them.
 */
export function standaloneSvg(svg: SVGSVGElement, title: string): string {
  const clone = svg.cloneNode(true);
  if (!(clone instanceof SVGSVGElement)) return '';
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  const drop: Element[] = [...clone.querySelectorAll(SCREEN_ONLY)];
  from.forEach((el, i) => {
    const copy = to[i];
    if (!copy) return;
    const css = getComputedStyle(el);
    if (css.display === 'none' || css.visibility === 'hidden') drop.push(copy);
    const parent = el === svg || !el.parentElement ? null : getComputedStyle(el.parentElement);
    for (const p of PROPS) {
      const v = css.getPropertyValue(p);
      // Written where it differs from the parent's value (inherited, or opacity's default of 1), and always on the root.
      if (v !== '' && v !== parent?.getPropertyValue(p)) copy.setAttribute(p, v);
    }
    for (const a of ['class', 'tabindex', 'role', 'aria-label', 'aria-labelledby', 'aria-describedby', 'aria-hidden']) {
      copy.removeAttribute(a);
    }
  });
  for (const d of drop) d.remove();
  const t = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  t.textContent = title;
  clone.insertBefore(t, clone.firstChild);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return new XMLSerializer().serializeToString(clone);
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('image did not load'));
    img.src = src;
  });
}

/** Draws an SVG document onto a canvas through a data: URL image, and returns the canvas as PNG. */
export async function pngFromSvg(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const img = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no canvas');
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png');
  });
}
