/** Colours a chart needs, resolved from the page's CSS custom properties so both themes work. */
export interface ChartColors {
  text: string;
  muted: string;
  grid: string;
  accent: string;
  accent2: string;
  surface: string;
}

/**
 * Reads the current theme's colours. The tokens are written as light-dark(), which only a
 * computed `color` resolves, so each is read through a hidden probe element.
 */
export function chartColors(): ChartColors {
  const probe = document.createElement('span');
  probe.hidden = true;
  document.body.append(probe);
  const read = (name: string) => {
    probe.style.color = `var(${name})`;
    return getComputedStyle(probe).color;
  };
  const colors = {
    text: read('--cx-color-text'),
    muted: read('--cx-color-muted'),
    grid: read('--cx-color-border'),
    accent: read('--cx-color-accent'),
    accent2: read('--cx-color-accent-2'),
    surface: read('--cx-color-surface'),
  };
  probe.remove();
  return colors;
}

/** True when the reader asked for less motion; charts then draw without animation. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Calls back when the theme changes (toggle or system); returns the unsubscribe function. */
export function onThemeChange(callback: () => void): () => void {
  const observer = new MutationObserver(callback);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', callback);
  return () => {
    observer.disconnect();
    media.removeEventListener('change', callback);
  };
}
