/**
 * The update prompt: a polite status message with a button. The waiting service worker takes
 * over only when the reader accepts, and the page reloads under it at once, so no page ever mixes
 * files from two versions.
 */
import { loadText, textOf, uses } from '../../../i18n/text';

const OFFLINE = uses('offline');

let wired = false;
let accepted = false;

/** Shows the prompt for a registration whose new worker is waiting (or already active elsewhere). */
export async function offerUpdate(reg: ServiceWorkerRegistration): Promise<void> {
  // The message is in the page's language: its table is fetched first.
  const lang = document.documentElement.lang;
  await loadText(lang, ['offline']);
  const t = textOf(lang, OFFLINE).updatePrompt;
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
