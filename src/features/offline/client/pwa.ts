/**
 * Registers the service worker on the web build. Every page loads this, so it is kept to a few
 * hundred bytes: the update prompt's code is fetched only when a new version is really there.
 */
export function registerServiceWorker(base: string): void {
  const sw = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!import.meta.env.PROD || !sw || location.protocol === 'file:') return;
  const first = sw.controller;
  addEventListener('load', () => {
    sw.register(`${base}sw.js`).then((reg) => {
      // A new worker is waiting, or another tab let one take over (this page's lazy chunks may be gone).
      const check = () => {
        if (sw.controller && (reg.waiting || (first && sw.controller !== first))) {
          import('./pwa-prompt').then((m) => m.offerUpdate(reg));
        }
      };
      check();
      reg.onupdatefound = () => {
        if (reg.installing) reg.installing.onstatechange = check;
      };
      sw.oncontrollerchange = check;
    }, noWorker);
  });
}

/** Registration fails where service workers are not allowed (some private modes and embeds): the site works on. */
function noWorker(): void {}
