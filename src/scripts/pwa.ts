/**
 * Registers the service worker on the web build. Kept tiny, since every page loads it: the update
 * prompt's code is only fetched when a new version is actually waiting.
 */
export function registerServiceWorker(base: string): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || location.protocol === 'file:') return;
  const sw = navigator.serviceWorker;
  const hadController = sw.controller !== null;
  addEventListener('load', async () => {
    const reg = await sw.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
    if (!reg) return;
    const offer = () => import('./pwa-prompt').then((m) => m.offerUpdate(reg));
    if (reg.waiting && sw.controller) offer();
    reg.addEventListener('updatefound', () => {
      const next = reg.installing;
      next?.addEventListener('statechange', () => {
        if (next.state === 'installed' && sw.controller) offer();
      });
    });
    // Another tab accepted an update: this page's lazy chunks may be gone from the new cache.
    sw.addEventListener('controllerchange', () => {
      if (hadController) offer();
    });
  });
}
