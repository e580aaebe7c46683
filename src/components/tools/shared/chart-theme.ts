/** Colours a chart needs, resolved from the page's CSS custom properties so both themes work. */
export interface ChartColors {
  text: string;
  muted: string;
  grid: string;
  accent: string;
  accent2: string;
  surface: string;
}

const TOKENS = {
  text: '--cx-color-text',
  muted: '--cx-color-muted',
  grid: '--cx-color-border',
  accent: '--cx-color-accent',
  accent2: '--cx-color-accent-2',
  surface: '--cx-color-surface',
} as const satisfies Record<keyof ChartColors, string>;

let cache: { key: string; colors: ChartColors } | undefined;

/** What the colours depend on: the pinned theme, the system's scheme and print. */
function themeKey(): string {
  const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  const print = window.matchMedia('print').matches;
  return `${document.documentElement.dataset.theme ?? ''}|${dark}|${print}`;
}

/**
 * Reads the current theme's colours. The tokens are written as light-dark(), which only a
 * computed `color` resolves, so they are read through hidden probes, all added at once so the
 * page's style is computed once, and kept until the theme changes: reading them per drawing
 * forced a style recalculation of the whole page on every keystroke.
 */
export function chartColors(): ChartColors {
  const key = themeKey();
  if (cache?.key === key) return cache.colors;
  const box = document.createElement('div');
  box.hidden = true;
  const probes = new Map<keyof ChartColors, HTMLSpanElement>();
  for (const [name, token] of Object.entries(TOKENS) as [keyof ChartColors, string][]) {
    const probe = document.createElement('span');
    probe.style.color = `var(${token})`;
    box.append(probe);
    probes.set(name, probe);
  }
  document.body.append(box);
  const read = (name: keyof ChartColors) => {
    const probe = probes.get(name);
    return probe ? getComputedStyle(probe).color : '';
  };
  const colors: ChartColors = {
    text: read('text'),
    muted: read('muted'),
    grid: read('grid'),
    accent: read('accent'),
    accent2: read('accent2'),
    surface: read('surface'),
  };
  box.remove();
  cache = { key, colors };
  return cache.colors;
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
