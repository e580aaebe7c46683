/**
 * The update prompt: a polite status message with a button. The waiting service worker takes
 * over only when the reader accepts, and the page reloads under it at once, so no page ever mixes
 * files from two versions.
 */
import { updatePrompt as t } from '../i18n/offline';

let wired = false;
let accepted = false;

/** Shows the prompt for a registration whose new worker is waiting (or already active elsewhere). */
export function offerUpdate(reg: ServiceWorkerRegistration): void {
  const box = document.querySelector<HTMLElement>('[data-pwa-update]');
  const message = box?.querySelector<HTMLElement>('[data-pwa-message]');
  const actions = box?.querySelector<HTMLElement>('[data-pwa-actions]');
  const reload = box?.querySelector<HTMLButtonElement>('[data-pwa-reload]');
  const later = box?.querySelector<HTMLButtonElement>('[data-pwa-later]');
  if (accepted || !box || !message || !actions || !reload || !later) return;
  message.textContent = reg.waiting ? t.ready : t.active;
  actions.hidden = false;
  box.classList.add('is-open');
  if (wired) return;
  wired = true;
  reload.addEventListener('click', () => {
    accepted = true;
    reload.disabled = true;
    const waiting = reg.waiting;
    if (!waiting) {
      location.reload();
      return;
    }
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
  later.addEventListener('click', () => {
    message.textContent = '';
    actions.hidden = true;
    box.classList.remove('is-open');
  });
}
