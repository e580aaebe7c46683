/**
 * Loads an island's string tables in its language before it hydrates. The language is the island's own
 * `lang` prop (as the page passed it); the root that `island()` made (src/i18n/island.tsx) loads the
 * tables its modules declared. The island loader (Astro's, or the offline edition's) has set
 * `Component` on the element by the time `load()` resolves.
 */
export async function islandText(el: HTMLElement): Promise<void> {
  const root: unknown = (el as { Component?: unknown }).Component;
  if (typeof root !== 'function' || !('loadText' in root) || typeof root.loadText !== 'function') return;
  await root.loadText(islandLang(el));
}

/** The `lang` prop an island was rendered with (Astro serialises it as `[0, "de"]`), or its element's language. */
function islandLang(el: HTMLElement): string {
  try {
    const props: unknown = JSON.parse(el.getAttribute('props') ?? '{}');
    const lang = typeof props === 'object' && props !== null && 'lang' in props ? props.lang : undefined;
    if (Array.isArray(lang) && typeof lang[1] === 'string') return lang[1];
  } catch {
    // Unreadable props: the element's language below.
  }
  return el.closest('[lang]')?.getAttribute('lang') ?? '';
}
